package org.coproduce.projects;

/**
 * An answer to a preparation question, as saved.
 *
 * @param answer a {@link Readiness} name, or the words of the answer for questions answered in words
 */
public record PreparationAnswer(String answer, String note) {
}
