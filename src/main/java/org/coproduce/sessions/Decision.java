package org.coproduce.sessions;

import java.time.Instant;
import java.util.List;
import org.coproduce.projects.Rung;

/**
 * Something a session decided, as recorded at the time.
 *
 * @param rung         where the decision sits on the ladder of participation; null when not said
 * @param participants who took part in making it
 */
public record Decision(long id, String text, String recordedBy, Instant recordedAt, Rung rung, List<String> participants) {
}
