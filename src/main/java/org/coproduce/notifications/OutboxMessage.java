package org.coproduce.notifications;

import java.time.Instant;

/** An email as the coordinator's list of messages shows it. */
public record OutboxMessage(long id, EmailKind kind, String to, String subject, Status status, int attempts,
        Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public enum Status {
        WAITING, SENT, FAILED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
