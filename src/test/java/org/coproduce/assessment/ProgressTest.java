package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.assessment.Rating.DOING_WELL;
import static org.coproduce.assessment.Rating.DONT_KNOW;
import static org.coproduce.assessment.Rating.GETTING_THERE;
import static org.coproduce.assessment.Rating.MORE_TO_DO;
import static org.coproduce.assessment.Side.LIVED_EXPERIENCE;
import static org.coproduce.assessment.Side.PROFESSIONAL;

import java.util.List;
import org.coproduce.assessment.RoundResults.Given;
import org.junit.jupiter.api.Test;

class ProgressTest {

    static final Framework FRAMEWORK = FrameworkFile.read("""
            name: Test
            easyRead:
              name: Test
            themes:
              - title: Deciding <together>
                easyRead: One
                indicators:
                  - {doingWell: a, moreToDo: b, easyRead: {doingWell: a, moreToDo: b}}
                  - {doingWell: c, moreToDo: d, easyRead: {doingWell: c, moreToDo: d}}
              - title: Talking plainly
                easyRead: Two
                indicators:
                  - {doingWell: e, moreToDo: f, easyRead: {doingWell: e, moreToDo: f}}
            """).framework();

    @Test
    void aThemesScoreRunsFromNoughtForAllMoreToDoToAHundredForAllDoingWell() {
        Progress.RoundScores spring = Progress.scores(1, "Spring", FRAMEWORK, List.of(
                new Given("1.1", LIVED_EXPERIENCE, MORE_TO_DO), new Given("1.2", PROFESSIONAL, MORE_TO_DO), new Given("2.1", PROFESSIONAL, DONT_KNOW)));
        Progress.RoundScores autumn = Progress.scores(2, "Autumn", FRAMEWORK, List.of(
                new Given("1.1", LIVED_EXPERIENCE, DOING_WELL), new Given("1.2", PROFESSIONAL, GETTING_THERE), new Given("2.1", PROFESSIONAL, DOING_WELL)));

        assertThat(spring.byTheme()).containsEntry(1, 0).doesNotContainKey(2);
        assertThat(autumn.byTheme()).containsEntry(1, 75).containsEntry(2, 100);
        List<Progress.ThemeChange> changes = Progress.changes(FRAMEWORK, spring, autumn);
        assertThat(changes.get(0).change()).isEqualTo(75);
        assertThat(changes.get(1).before()).isNull();
        assertThat(changes.get(1).change()).isNull();
    }

    @Test
    void theChartIsDrawnOnTheServerWithItsWordsEscapedAndAScoreOnEveryBar() {
        String svg = ProgressChart.svg(FRAMEWORK, List.of(
                new Progress.RoundScores(1, "Spring <2026>", java.util.Map.of(1, 0)),
                new Progress.RoundScores(2, "Autumn 2026", java.util.Map.of(1, 75, 2, 100))));

        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("<title id=\"progress-title\">")
                .contains("Spring &lt;2026&gt;").doesNotContain("Spring <2026>")
                .contains(">75<").contains(">100<").contains(">not rated<");
    }
}
