package org.coproduce.assessment;

import java.util.List;

/**
 * A self-assessment framework: themes (big ideas), each with indicators that say what "doing well" and "more to do"
 * look like. Every text has an easy read wording.
 *
 * @param credit where the framework comes from, shown wherever it is used
 */
public record Framework(String name, String description, String credit, String easyReadName, String easyReadDescription,
        List<Theme> themes) {

    public Framework {
        themes = List.copyOf(themes);
    }

    public int indicatorCount() {
        return themes.stream().mapToInt(theme -> theme.indicators().size()).sum();
    }

    /** Every indicator, theme by theme, in order. */
    public List<Indicator> indicators() {
        return themes.stream().flatMap(theme -> theme.indicators().stream()).toList();
    }

    public Theme themeOf(Indicator indicator) {
        return themes.stream().filter(theme -> theme.indicators().contains(indicator)).findFirst().orElseThrow();
    }

    /** A big idea, and the indicators that show how well it is going. */
    public record Theme(int number, String title, String easyReadTitle, List<Indicator> indicators) {

        public Theme {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * One thing to rate.
     *
     * @param code the theme and indicator numbers, such as "2.3": stable within a version of a framework
     * @param evidence what to look for, or null
     */
    public record Indicator(String code, String doingWell, String moreToDo, String evidence, String easyReadDoingWell,
            String easyReadMoreToDo) {
    }
}
