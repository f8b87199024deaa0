package org.coproduce.assessment;

/**
 * One rating as the person gave it, with what they said and the evidence they pointed to.
 *
 * @param rating null only while a form is shown again with a comment typed but no rating chosen
 */
public record GivenRating(String indicatorCode, Rating rating, String comment, String evidence) {
}
