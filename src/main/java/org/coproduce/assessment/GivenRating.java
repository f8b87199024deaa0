package org.coproduce.assessment;

/** One rating as the person gave it, with what they said and the evidence they pointed to. */
public record GivenRating(String indicatorCode, Rating rating, String comment, String evidence) {
}
