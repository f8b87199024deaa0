package org.coproduce.assessment;

import java.util.EnumMap;
import java.util.Map;

/** How many people gave each rating to one indicator. */
public record Spread(Map<Rating, Integer> counts) {

    public Spread {
        counts = Map.copyOf(counts);
    }

    static Spread of(Iterable<Rating> ratings) {
        Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            counts.put(rating, 0);
        }
        for (Rating rating : ratings) {
            counts.merge(rating, 1, Integer::sum);
        }
        return new Spread(counts);
    }

    public int count(Rating rating) {
        return counts.getOrDefault(rating, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The average of the known ratings from 0 (more to do) to 2 (doing well), or null when nobody knew. */
    public Double average() {
        int known = 0;
        int sum = 0;
        for (Map.Entry<Rating, Integer> entry : counts.entrySet()) {
            if (entry.getKey().known()) {
                known += entry.getValue();
                sum += entry.getKey().score() * entry.getValue();
            }
        }
        return known == 0 ? null : (double) sum / known;
    }

    /** The share of all answers with a rating, as a whole percentage. */
    public int percent(Rating rating) {
        return total() == 0 ? 0 : Math.round(100f * count(rating) / total());
    }
}
