package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.assessment.Rating.DOING_WELL;
import static org.coproduce.assessment.Rating.DONT_KNOW;
import static org.coproduce.assessment.Rating.GETTING_THERE;
import static org.coproduce.assessment.Rating.MORE_TO_DO;
import static org.coproduce.assessment.Side.LIVED_EXPERIENCE;
import static org.coproduce.assessment.Side.PROFESSIONAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coproduce.assessment.RoundResults.Given;
import org.junit.jupiter.api.Test;

class RoundResultsTest {

    static final Framework FRAMEWORK = FrameworkFile.read("""
            name: Test
            easyRead:
              name: Test
            themes:
              - title: One
                easyRead: One
                indicators:
                  - {doingWell: a, moreToDo: b, easyRead: {doingWell: a, moreToDo: b}}
                  - {doingWell: c, moreToDo: d, easyRead: {doingWell: c, moreToDo: d}}
                  - {doingWell: e, moreToDo: f, easyRead: {doingWell: e, moreToDo: f}}
                  - {doingWell: g, moreToDo: h, easyRead: {doingWell: g, moreToDo: h}}
            """).framework();

    @Test
    void theSpreadCountsEveryAnswerAndTheAverageLeavesOutDontKnow() {
        Spread spread = Spread.of(List.of(DOING_WELL, DOING_WELL, MORE_TO_DO, DONT_KNOW));

        assertThat(spread.total()).isEqualTo(4);
        assertThat(spread.count(DOING_WELL)).isEqualTo(2);
        assertThat(spread.percent(DONT_KNOW)).isEqualTo(25);
        assertThat(spread.average()).isEqualTo(4.0 / 3);
        assertThat(Spread.of(List.of(DONT_KNOW)).average()).isNull();
    }

    @Test
    void indicatorsWhereTheSidesDisagreeMostComeFirst() {
        List<Given> ratings = new ArrayList<>();
        // 1.1: both sides say doing well: no gap
        ratings.addAll(times(3, "1.1", LIVED_EXPERIENCE, DOING_WELL));
        ratings.addAll(times(3, "1.1", PROFESSIONAL, DOING_WELL));
        // 1.2: staff say doing well, people with lived experience say more to do: the biggest gap
        ratings.addAll(times(4, "1.2", LIVED_EXPERIENCE, MORE_TO_DO));
        ratings.addAll(times(3, "1.2", PROFESSIONAL, DOING_WELL));
        // 1.3: a gap of 1
        ratings.addAll(times(3, "1.3", LIVED_EXPERIENCE, GETTING_THERE));
        ratings.addAll(times(3, "1.3", PROFESSIONAL, DOING_WELL));
        ratings.addAll(times(1, "1.3", PROFESSIONAL, DONT_KNOW));
        // 1.4: only staff rated it, so there is nothing to compare
        ratings.addAll(times(3, "1.4", PROFESSIONAL, MORE_TO_DO));

        List<RoundResults.IndicatorResult> results = RoundResults.disagreementFirst(RoundResults.of(FRAMEWORK, ratings));

        assertThat(results).extracting(r -> r.indicator().code()).containsExactly("1.2", "1.3", "1.1", "1.4");
        assertThat(results.get(0).gap()).isEqualTo(2.0);
        assertThat(results.get(1).professional().total()).isEqualTo(4);
        assertThat(results.get(3).gap()).isNull();
        assertThat(results.get(3).overall().count(MORE_TO_DO)).isEqualTo(3);
    }

    @Test
    void theOnlyPersonWithLivedExperienceInARoundDoesNotHaveTheirRatingsShown() {
        List<Given> ratings = new ArrayList<>(times(1, "1.1", LIVED_EXPERIENCE, MORE_TO_DO));
        ratings.addAll(times(6, "1.1", PROFESSIONAL, DOING_WELL));

        RoundResults.IndicatorResult result = RoundResults.of(FRAMEWORK, ratings).get(0);

        assertThat(result.livedExperience()).isNull();
        assertThat(result.professional()).as("staff's row would give theirs away when taken from everyone's").isNull();
        assertThat(result.gap()).as("the gap, and the order it gives, would too").isNull();
        assertThat(result.overall().total()).isEqualTo(7);
    }

    @Test
    void bothSidesAreShownOnceEachHasThreePeople() {
        List<Given> ratings = new ArrayList<>(times(3, "1.1", LIVED_EXPERIENCE, MORE_TO_DO));
        ratings.addAll(times(3, "1.1", PROFESSIONAL, DOING_WELL));

        RoundResults.IndicatorResult result = RoundResults.of(FRAMEWORK, ratings).get(0);

        assertThat(result.livedExperience().count(MORE_TO_DO)).isEqualTo(3);
        assertThat(result.professional().count(DOING_WELL)).isEqualTo(3);
        assertThat(result.gap()).isEqualTo(2.0);
    }

    @Test
    void withFewerThanThreeRatingsNothingIsShownAtAll() {
        List<Given> ratings = new ArrayList<>(times(1, "1.1", LIVED_EXPERIENCE, MORE_TO_DO));
        ratings.addAll(times(1, "1.1", PROFESSIONAL, DOING_WELL));

        RoundResults.IndicatorResult result = RoundResults.of(FRAMEWORK, ratings).get(0);

        assertThat(result.overall()).isNull();
        assertThat(result.livedExperience()).isNull();
        assertThat(result.professional()).isNull();
    }

    private static List<Given> times(int n, String code, Side side, Rating rating) {
        return Collections.nCopies(n, new Given(code, side, rating));
    }

    @Test
    void anAgreedRatingIsComparedWithWhatPeopleSaidOnTheirOwn() {
        Spread individual = Spread.of(List.of(MORE_TO_DO, MORE_TO_DO, GETTING_THERE, DONT_KNOW));

        assertThat(agreed(GETTING_THERE).comparedWith(individual)).isEqualTo("higher");
        assertThat(agreed(MORE_TO_DO).comparedWith(individual)).isEqualTo("same");
        assertThat(agreed(MORE_TO_DO).comparedWith(Spread.of(List.of(DOING_WELL)))).isEqualTo("lower");
        assertThat(agreed(DONT_KNOW).comparedWith(individual)).isNull();
        assertThat(agreed(DOING_WELL).comparedWith(Spread.of(List.of()))).isNull();
    }

    private static Agreed agreed(Rating rating) {
        return new Agreed("1.1", rating, null, List.of("Jamie"), java.time.Instant.now());
    }

    @Test
    void aRoundWithNoRatingsShowsNoSpreadForAnyIndicator() {
        List<RoundResults.IndicatorResult> results = RoundResults.of(FRAMEWORK, List.of());

        assertThat(results).hasSize(4).allSatisfy(r -> {
            assertThat(r.overall()).isNull();
            assertThat(r.gap()).isNull();
        });
    }
}
