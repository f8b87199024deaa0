package org.coproduce.assessment;

/**
 * What someone said with a rating.
 *
 * @param name null unless the person chose to show their name with their ratings
 */
public record Comment(String indicatorCode, Rating rating, String comment, String evidence, Side side, String name) {
}
