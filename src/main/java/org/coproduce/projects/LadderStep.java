package org.coproduce.projects;

import java.time.Instant;

/** Where a project was placed on the ladder of participation, why, by whom and when. */
public record LadderStep(Rung rung, String why, String recordedBy, Instant recordedAt) {
}
