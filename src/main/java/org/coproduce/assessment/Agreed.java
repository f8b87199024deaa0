package org.coproduce.assessment;

import java.time.Instant;
import java.util.List;

/** The rating a group agreed for an indicator in a meeting, and who agreed it. */
public record Agreed(String indicatorCode, Rating rating, String note, List<String> agreedBy, Instant recordedAt) {

    public Agreed {
        agreedBy = List.copyOf(agreedBy);
    }

    /**
     * How the agreed rating compares with what people said on their own: "higher", "lower" or "same" than the
     * average of the known individual ratings, rounded to the nearest step; null when there is nothing to compare.
     */
    public String comparedWith(Spread individual) {
        Double average = individual.average();
        if (average == null || !rating.known()) {
            return null;
        }
        long step = Math.round(average);
        return rating.score() > step ? "higher" : rating.score() < step ? "lower" : "same";
    }
}
