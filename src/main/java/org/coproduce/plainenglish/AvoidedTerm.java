package org.coproduce.plainenglish;

/**
 * A word or phrase someone has asked us not to use, such as "service user".
 *
 * @param reason who asked, or why, in words to show the writer
 */
public record AvoidedTerm(String term, String reason) {
}
