package org.coproduce.sessions;

import java.time.Instant;

/**
 * What a session's follow-up told people.
 *
 * @param personId null for the message to everyone who came
 */
public record FollowUp(long id, Long personId, String personName, String text, Instant sentAt) {
}
