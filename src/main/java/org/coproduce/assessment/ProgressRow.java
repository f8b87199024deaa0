package org.coproduce.assessment;

/** A theme's score in the round before and this one, and the change, for the text table beside the chart. */
public record ProgressRow(String theme, Integer before, Integer now, Integer change) {
}
