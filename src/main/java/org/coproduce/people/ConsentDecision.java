package org.coproduce.people;

import java.time.Instant;

/**
 * One consent given or withdrawn, with who recorded it and how. Decisions are never changed or deleted:
 * a withdrawal is a new decision, so the history shows every change.
 *
 * @param recordedBy the name of whoever recorded it; the person themselves when they did it online
 */
public record ConsentDecision(long id, ConsentPurpose purpose, boolean given, ConsentMethod method, String note,
        String recordedBy, Instant recordedAt) {
}
