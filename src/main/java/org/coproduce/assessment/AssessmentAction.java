package org.coproduce.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** Something the group decided to do about what the round showed: what, who, by when, and whether it is done. */
public record AssessmentAction(long id, String indicatorCode, String what, long ownerId, String owner, LocalDate dueOn, Instant doneAt,
        String doneNote) {

    public boolean done() {
        return doneAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !done() && today.isAfter(dueOn);
    }
}
