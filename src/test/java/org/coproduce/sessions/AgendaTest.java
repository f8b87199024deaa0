package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaTest {

    private static final String NO_BREAK = "longer than an hour and has no break";

    // The template

    @Test
    void everyTemplateFromHalfAnHourToFiveHoursAddsUpExactlyToTheSession() {
        for (long minutes = 30; minutes <= 300; minutes++) {
            List<AgendaItem> items = Agenda.template(minutes);

            assertThat(items.stream().mapToInt(AgendaItem::minutes).sum())
                    .as("planned minutes for a %d-minute session", minutes)
                    .isEqualTo(minutes);
        }
    }

    @Test
    void noTemplateGoesMoreThanAnHourWithoutABreak() {
        for (long minutes = 30; minutes <= 300; minutes++) {
            Agenda agenda = new Agenda(Agenda.template(minutes), minutes);

            assertThat(agenda.longestStretchWithoutABreak())
                    .as("longest stretch for a %d-minute session", minutes)
                    .isLessThanOrEqualTo(Agenda.MOST_MINUTES_WITHOUT_A_BREAK);
        }
    }

    @Test
    void everyTemplateLongerThanAnHourHasABreak() {
        for (long minutes = 61; minutes <= 300; minutes++) {
            assertThat(kinds(Agenda.template(minutes)))
                    .as("kinds for a %d-minute session", minutes)
                    .contains(AgendaKind.BREAK);
        }
    }

    @Test
    void aTemplateOfAnHourOrLessHasNoBreak() {
        for (long minutes = 30; minutes <= 60; minutes++) {
            assertThat(kinds(Agenda.template(minutes)))
                    .as("kinds for a %d-minute session", minutes)
                    .doesNotContain(AgendaKind.BREAK);
        }
    }

    @Test
    void everyTemplateFromHalfAnHourToFiveHoursHasNoWarnings() {
        for (long minutes = 30; minutes <= 300; minutes++) {
            Agenda agenda = new Agenda(Agenda.template(minutes), minutes);

            assertThat(agenda.warnings()).as("warnings for a %d-minute session", minutes).isEmpty();
        }
    }

    @Test
    void everyTemplateItemTakesAtLeastAMinuteAndIsNotYetSaved() {
        for (long minutes = 30; minutes <= 300; minutes++) {
            assertThat(Agenda.template(minutes))
                    .as("items for a %d-minute session", minutes)
                    .allSatisfy(item -> {
                        assertThat(item.minutes()).isPositive();
                        assertThat(item.id()).isZero();
                        assertThat(item.title()).isNotBlank();
                    });
        }
    }

    @Test
    void aTemplateOfAnHourOrMoreOpensWithIntroductionsAnIcebreakerAndThePurposeAndClosesWithARecapAndWrapUp() {
        for (long minutes = 60; minutes <= 300; minutes++) {
            List<AgendaKind> kinds = kinds(Agenda.template(minutes));

            assertThat(kinds.subList(0, 3))
                    .as("opening of a %d-minute session", minutes)
                    .containsExactly(AgendaKind.INTRODUCTIONS, AgendaKind.ICEBREAKER, AgendaKind.PURPOSE);
            assertThat(kinds.subList(kinds.size() - 2, kinds.size()))
                    .as("closing of a %d-minute session", minutes)
                    .containsExactly(AgendaKind.RECAP, AgendaKind.WRAP_UP);
        }
    }

    @Test
    void aTemplateShorterThanAnHourHasIntroductionsPurposeAndWrapUpButNoIcebreakerOrRecap() {
        for (long minutes = 30; minutes < 60; minutes++) {
            List<AgendaKind> kinds = kinds(Agenda.template(minutes));

            assertThat(kinds).as("kinds for a %d-minute session", minutes)
                    .contains(AgendaKind.INTRODUCTIONS, AgendaKind.PURPOSE, AgendaKind.DISCUSSION, AgendaKind.WRAP_UP)
                    .doesNotContain(AgendaKind.ICEBREAKER, AgendaKind.RECAP);
            assertThat(kinds.get(0)).isEqualTo(AgendaKind.INTRODUCTIONS);
            assertThat(kinds.get(kinds.size() - 1)).isEqualTo(AgendaKind.WRAP_UP);
        }
    }

    @Test
    void aTemplateUnderHalfAnHourIsShortIntroductionsThePurposeADiscussionAndAWrapUp() {
        List<AgendaItem> items = Agenda.template(20);

        assertThat(kinds(items)).containsExactly(AgendaKind.INTRODUCTIONS, AgendaKind.PURPOSE, AgendaKind.DISCUSSION, AgendaKind.WRAP_UP);
        assertThat(items.stream().mapToInt(AgendaItem::minutes).sum()).isEqualTo(20);
        assertThat(new Agenda(items, 20).warnings()).isEmpty();
    }

    @Test
    void aSessionOfLessThanTenMinutesIsAllDiscussionWithoutWarnings() {
        for (long minutes = 1; minutes < Agenda.SHORT; minutes++) {
            List<AgendaItem> items = Agenda.template(minutes);

            assertThat(kinds(items)).as("kinds for a %d-minute session", minutes).containsExactly(AgendaKind.DISCUSSION);
            assertThat(new Agenda(items, minutes).warnings()).as("warnings for a %d-minute session", minutes).isEmpty();
        }
    }

    @Test
    void templatesFromTenToTwentyNineMinutesAddUpToTheSessionWithoutWarnings() {
        for (long minutes = Agenda.SHORT; minutes < 30; minutes++) {
            List<AgendaItem> items = Agenda.template(minutes);

            assertThat(items.stream().mapToInt(AgendaItem::minutes).sum())
                    .as("planned minutes for a %d-minute session", minutes)
                    .isEqualTo(minutes);
            assertThat(new Agenda(items, minutes).warnings()).as("warnings for a %d-minute session", minutes).isEmpty();
        }
    }

    @Test
    void anEmptyAgendaHasNothingToWarnAbout() {
        assertThat(new Agenda(List.of(), 120).warnings()).isEmpty();
    }

    @Test
    void aTwoHourTemplateHasExactlyOneBreak() {
        assertThat(kinds(Agenda.template(120))).filteredOn(kind -> kind == AgendaKind.BREAK).hasSize(1);
    }

    @Test
    void aThreeHourTemplateHasTwoBreaks() {
        assertThat(kinds(Agenda.template(180))).filteredOn(kind -> kind == AgendaKind.BREAK).hasSize(2);
    }

    @Test
    void aSingleDiscussionIsCalledSimplyDiscussion() {
        List<String> titles = discussionTitles(Agenda.template(45));

        assertThat(titles).containsExactly("Discussion");
    }

    @Test
    void severalDiscussionsAreNumberedInParts() {
        List<String> titles = discussionTitles(Agenda.template(180));

        assertThat(titles).containsExactly("Discussion, part 1", "Discussion, part 2", "Discussion, part 3");
    }

    @Test
    void discussionTitlesAreAlwaysEitherOneDiscussionOrNumberedPartsInOrder() {
        for (long minutes = 30; minutes <= 300; minutes++) {
            List<String> titles = discussionTitles(Agenda.template(minutes));

            assertThat(titles).as("discussions for a %d-minute session", minutes).isNotEmpty();
            if (titles.size() == 1) {
                assertThat(titles).as("discussions for a %d-minute session", minutes).containsExactly("Discussion");
            } else {
                List<String> expected = new ArrayList<>();
                for (int part = 1; part <= titles.size(); part++) {
                    expected.add("Discussion, part " + part);
                }
                assertThat(titles).as("discussions for a %d-minute session", minutes).isEqualTo(expected);
            }
        }
    }

    // Warnings about breaks

    @Test
    void aSessionOverAnHourWithNoBreakIsWarnedAbout() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 70),
                item(AgendaKind.WRAP_UP, 5)), 90);

        assertThat(agenda.warnings()).anySatisfy(warning -> assertThat(warning)
                .isEqualTo("This session is longer than an hour and has no break. Plan a break at least every hour.")
                .contains(NO_BREAK));
        assertThat(agenda.warnings()).hasSize(1);
    }

    @Test
    void anHourLongSessionWithoutABreakIsNotWarnedAboutBreaks() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 40),
                item(AgendaKind.WRAP_UP, 5)), 60);

        assertThat(agenda.warnings()).isEmpty();
    }

    @Test
    void aStretchOfMoreThanAnHourIsWarnedAboutEvenWithABreak() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 55),
                item(AgendaKind.BREAK, 15),
                item(AgendaKind.DISCUSSION, 50),
                item(AgendaKind.WRAP_UP, 15)), 150);

        assertThat(agenda.longestStretchWithoutABreak()).isEqualTo(70);
        assertThat(agenda.warnings()).containsExactly(
                "People would go 70 minutes without a break. Plan a break at least every hour.");
        assertThat(agenda.warnings()).noneSatisfy(warning -> assertThat(warning).contains(NO_BREAK));
    }

    // Warnings about the length

    @Test
    void anAgendaLongerThanTheSessionSaysSoWithBothNumbers() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 40),
                item(AgendaKind.WRAP_UP, 5)), 45);

        assertThat(agenda.warnings()).containsExactly("The agenda takes 60 minutes, longer than the session's 45.");
    }

    @Test
    void anAgendaShorterThanTheSessionSaysSoWithBothNumbers() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 20),
                item(AgendaKind.WRAP_UP, 5)), 60);

        assertThat(agenda.warnings()).containsExactly("The agenda takes 40 minutes, shorter than the session's 60.");
    }

    // Warnings about missing items

    @Test
    void missingIntroductionsAreWarnedAbout() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 50),
                item(AgendaKind.WRAP_UP, 5)), 60);

        assertThat(agenda.warnings()).containsExactly(
                "There are no introductions. Make sure everyone knows who is in the room.");
    }

    @Test
    void aMissingPurposeIsWarnedAbout() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.DISCUSSION, 45),
                item(AgendaKind.WRAP_UP, 5)), 60);

        assertThat(agenda.warnings()).containsExactly(
                "The purpose is not on the agenda. Go back to it at the start, so everyone knows why they are there.");
    }

    @Test
    void aMissingWrapUpIsWarnedAbout() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 45)), 60);

        assertThat(agenda.warnings()).containsExactly(
                "There is no wrap-up. Say what happens next and when people will hear back.");
    }

    @Test
    void anAgendaOfOnlyDiscussionGetsAllThreeMissingItemWarningsInOrder() {
        Agenda agenda = new Agenda(List.of(item(AgendaKind.DISCUSSION, 60)), 60);

        assertThat(agenda.warnings()).containsExactly(
                "There are no introductions. Make sure everyone knows who is in the room.",
                "The purpose is not on the agenda. Go back to it at the start, so everyone knows why they are there.",
                "There is no wrap-up. Say what happens next and when people will hear back.");
    }

    @Test
    void anEmptyAgendaIsNotWarnedAboutMissingItemsOrItsLength() {
        Agenda agenda = new Agenda(List.of(), 60);

        assertThat(agenda.warnings()).isEmpty();
    }

    @Test
    void anEmptyAgendaForALongSessionIsNotWarnedAboutMissingItemsOrItsLength() {
        Agenda agenda = new Agenda(List.of(), 120);

        assertThat(agenda.warnings())
                .noneSatisfy(warning -> assertThat(warning).contains("introductions"))
                .noneSatisfy(warning -> assertThat(warning).contains("purpose"))
                .noneSatisfy(warning -> assertThat(warning).contains("wrap-up"))
                .noneSatisfy(warning -> assertThat(warning).contains("The agenda takes"));
    }

    // Sums

    @Test
    void plannedMinutesAndTheLongestStretchAreWorkedOutFromTheItems() {
        Agenda agenda = new Agenda(List.of(
                item(AgendaKind.INTRODUCTIONS, 10),
                item(AgendaKind.ICEBREAKER, 10),
                item(AgendaKind.PURPOSE, 5),
                item(AgendaKind.DISCUSSION, 20),
                item(AgendaKind.BREAK, 15),
                item(AgendaKind.DISCUSSION, 30),
                item(AgendaKind.RECAP, 10),
                item(AgendaKind.WRAP_UP, 5),
                item(AgendaKind.BREAK, 10),
                item(AgendaKind.DISCUSSION, 12)), 127);

        assertThat(agenda.plannedMinutes()).isEqualTo(127);
        assertThat(agenda.longestStretchWithoutABreak()).isEqualTo(45);
    }

    @Test
    void anEmptyAgendaPlansNoMinutesAndHasNoStretch() {
        Agenda agenda = new Agenda(List.of(), 60);

        assertThat(agenda.plannedMinutes()).isZero();
        assertThat(agenda.longestStretchWithoutABreak()).isZero();
    }

    private static AgendaItem item(AgendaKind kind, int minutes) {
        return new AgendaItem(0, kind, kind.name(), minutes);
    }

    private static List<AgendaKind> kinds(List<AgendaItem> items) {
        return items.stream().map(AgendaItem::kind).toList();
    }

    private static List<String> discussionTitles(List<AgendaItem> items) {
        return items.stream().filter(item -> item.kind() == AgendaKind.DISCUSSION).map(AgendaItem::title).toList();
    }
}
