package org.coproduce.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Progress from round to round of the same framework: for each theme, the average of everyone's known ratings as a
 * score from 0 (all "more to do") to 100 (all "doing well"). Themes are matched by their number, so a new version
 * of a framework with the same themes still compares.
 */
final class Progress {

    /** A round's score for each theme by number; a theme nobody rated has no score. */
    record RoundScores(long roundId, String title, Map<Integer, Integer> byTheme) {
    }

    /** One theme's score in this round and the round before, for the text table. */
    record ThemeChange(int number, String title, Integer before, Integer now) {

        Integer change() {
            return before == null || now == null ? null : now - before;
        }
    }

    private Progress() {
    }

    static RoundScores scores(long roundId, String title, Framework framework, List<RoundResults.Given> ratings) {
        Map<Integer, Integer> byTheme = new LinkedHashMap<>();
        for (Framework.Theme theme : framework.themes()) {
            List<String> codes = theme.indicators().stream().map(Framework.Indicator::code).toList();
            Spread spread = Spread.of(ratings.stream().filter(r -> codes.contains(r.indicatorCode())).map(RoundResults.Given::rating).toList());
            Double average = spread.average();
            if (average != null) {
                byTheme.put(theme.number(), (int) Math.round(average * 50));
            }
        }
        return new RoundScores(roundId, title, byTheme);
    }

    /** This round against the one before it, theme by theme, in the order of this round's framework. */
    static List<ThemeChange> changes(Framework framework, RoundScores before, RoundScores now) {
        List<ThemeChange> changes = new ArrayList<>();
        for (Framework.Theme theme : framework.themes()) {
            changes.add(new ThemeChange(theme.number(), theme.title(), before == null ? null : before.byTheme().get(theme.number()),
                    now.byTheme().get(theme.number())));
        }
        return changes;
    }
}
