package org.coproduce.sessions;

import java.time.Instant;

/**
 * Something learned at a session, ideally in the words of the person who said it.
 *
 * @param saidBy    the person's name, or null when it came from several people or they are not named
 * @param ownWords  the text is what they said, not a summary
 */
public record Insight(long id, Long saidById, String saidBy, String text, boolean ownWords, Instant recordedAt) {
}
