package org.coproduce.assessment;

import java.util.List;

/** One indicator's results as the page shows them: a row for everyone, then a row for each side. */
public record RoundResultsView(String code, String doingWell, int themeNumber, String themeTitle, List<Row> rows, Double gap,
        Agreed agreed) {

    /** A gap of a whole step or more between the sides' averages, such as "getting there" against "doing well". */
    static final double BIG_GAP = 1.0;
    static final double SOME_GAP = 0.5;

    /**
     * Ratings are anonymous, so a row of the results that holds fewer people than this is not shown: with one person
     * with lived experience in a round, their row would be their own ratings. When one side is too small, the other is
     * not shown either, since it could be taken away from everyone's. Three is what 360-degree feedback tools
     * usually require of a group of raters.
     */
    public static final int FEWEST_SHOWN = 3;

    /** @param spread null when too few people are in this row to show it without revealing their ratings */
    public record Row(String who, Spread spread) {
        public boolean shown() {
            return spread != null;
        }
    }

    static RoundResultsView of(RoundResults.IndicatorResult result, String livedExperience, String professional, Agreed agreed) {
        return new RoundResultsView(result.indicator().code(), result.indicator().doingWell(), result.theme().number(), result.theme().title(),
                List.of(new Row("Everyone", result.overall()), new Row(livedExperience, result.livedExperience()),
                        new Row(professional, result.professional())), result.gap(), agreed);
    }

    /** How the agreed rating compares with everyone's own ratings: "higher", "lower", "same", or null. */
    public String agreedComparedWithIndividuals() {
        return agreed == null || !rows.get(0).shown() ? null : agreed.comparedWith(rows.get(0).spread());
    }

    /** Whether the two sides are shown apart, which also says whether each comment can name its side. */
    public boolean sidesShown() {
        return rows.get(1).shown();
    }

    public boolean bigGap() {
        return gap != null && gap >= BIG_GAP;
    }

    public boolean someGap() {
        return gap != null && gap >= SOME_GAP && gap < BIG_GAP;
    }
}
