package org.coproduce.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The results of a round, indicator by indicator: the spread of ratings overall and for each side, and how far apart
 * the two sides are. Indicators where the sides disagree most come first, because that is where the conversation is
 * needed; indicators only one side rated come after those both sides rated.
 */
final class RoundResults {

    /** One person's rating of one indicator. */
    record Given(String indicatorCode, Side side, Rating rating) {
    }

    /**
     * A spread is null when too few people are in it to show (see {@link RoundResultsView#FEWEST_SHOWN}).
     *
     * @param gap how far apart the sides' averages are, from 0 to 2; null unless both sides are shown and gave known ratings
     */
    record IndicatorResult(Framework.Theme theme, Framework.Indicator indicator, Spread overall, Spread livedExperience,
            Spread professional, Double gap) {
    }

    private RoundResults() {
    }

    static List<IndicatorResult> of(Framework framework, List<Given> ratings) {
        Map<String, List<Given>> byIndicator = ratings.stream().collect(Collectors.groupingBy(Given::indicatorCode));
        List<IndicatorResult> results = new ArrayList<>();
        for (Framework.Theme theme : framework.themes()) {
            for (Framework.Indicator indicator : theme.indicators()) {
                List<Given> given = byIndicator.getOrDefault(indicator.code(), List.of());
                Spread overall = Spread.of(given.stream().map(Given::rating).toList());
                Spread lived = Spread.of(given.stream().filter(g -> g.side() == Side.LIVED_EXPERIENCE).map(Given::rating).toList());
                Spread professional = Spread.of(given.stream().filter(g -> g.side() == Side.PROFESSIONAL).map(Given::rating).toList());
                if (lived.total() < RoundResultsView.FEWEST_SHOWN || professional.total() < RoundResultsView.FEWEST_SHOWN) {
                    lived = null;
                    professional = null;
                }
                Double gap = lived == null || lived.average() == null || professional.average() == null ? null
                        : Math.abs(lived.average() - professional.average());
                results.add(new IndicatorResult(theme, indicator, overall.total() < RoundResultsView.FEWEST_SHOWN ? null : overall, lived, professional, gap));
            }
        }
        return results;
    }

    /** Biggest disagreement first; then the indicators without a comparison, in the framework's order. */
    static List<IndicatorResult> disagreementFirst(List<IndicatorResult> results) {
        List<IndicatorResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((IndicatorResult r) -> r.gap() == null)
                .thenComparing(r -> r.gap() == null ? 0 : -r.gap()));
        return sorted;
    }
}
