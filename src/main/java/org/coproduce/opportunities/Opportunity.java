package org.coproduce.opportunities;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A chance to take part, in the words people need to decide: what it is, who it is for, the time it takes, the pay and
 * expenses, and the support offered.
 */
public record Opportunity(long id, String title, String what, String whoFor, String timeNeeded, String pay, String support,
        LocalDate closesOn, Instant createdAt, Instant closedAt, Instant publishedAt, Instant updatedAt) {

    /** Open to people saying they are interested: published, not closed by hand, and its closing day not yet passed. */
    public boolean open(LocalDate today) {
        return published() && closedAt == null && !closesOn.isBefore(today);
    }

    /** Written and previewed, then published: before that, nobody outside can see it. */
    public boolean published() {
        return publishedAt != null;
    }
}
