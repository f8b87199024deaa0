package org.coproduce.sessions;

import java.time.Instant;

/** Something a meeting decided, as recorded at the time. */
public record Decision(long id, String text, String recordedBy, Instant recordedAt) {
}
