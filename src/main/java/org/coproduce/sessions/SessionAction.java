package org.coproduce.sessions;

import java.time.Instant;
import java.time.LocalDate;

/** Something someone agreed to do at a session, by when, and whether it is done. */
public record SessionAction(long id, String what, long ownerId, String owner, LocalDate dueOn, Instant doneAt, String doneNote) {

    public boolean done() {
        return doneAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }
}
