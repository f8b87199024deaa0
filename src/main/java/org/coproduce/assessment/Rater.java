package org.coproduce.assessment;

import java.time.Instant;

/** Someone asked to rate in a round. */
public record Rater(long personId, String name, Side side, boolean nameShown, Instant submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
