package org.coproduce.assessment;

import java.util.List;

/** One indicator's results as the page shows them: a row for everyone, then a row for each side. */
public record RoundResultsView(String code, String doingWell, int themeNumber, String themeTitle, List<Row> rows, Double gap,
        Agreed agreed) {

    /** A gap of a whole step or more between the sides' averages, such as "getting there" against "doing well". */
    static final double BIG_GAP = 1.0;
    static final double SOME_GAP = 0.5;

    public record Row(String who, Spread spread) {
    }

    static RoundResultsView of(RoundResults.IndicatorResult result, String livedExperience, String professional, Agreed agreed) {
        return new RoundResultsView(result.indicator().code(), result.indicator().doingWell(), result.theme().number(), result.theme().title(),
                List.of(new Row("Everyone", result.overall()), new Row(livedExperience, result.livedExperience()),
                        new Row(professional, result.professional())), result.gap(), agreed);
    }

    /** How the agreed rating compares with everyone's own ratings: "higher", "lower", "same", or null. */
    public String agreedComparedWithIndividuals() {
        return agreed == null ? null : agreed.comparedWith(rows.get(0).spread());
    }

    public boolean bigGap() {
        return gap != null && gap >= BIG_GAP;
    }

    public boolean someGap() {
        return gap != null && gap >= SOME_GAP && gap < BIG_GAP;
    }
}
