package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.sessions.AccessCheck.Coming;
import org.coproduce.sessions.AccessCheck.Need;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    // Grouping

    @Test
    void twoPeopleNeedingAnInterpreterMakeOneNeedWithBothNamesInTheOrderGiven() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(AccessNeed.BSL_INTERPRETER)),
                coming(2, "Aled", Set.of(AccessNeed.BSL_INTERPRETER))), Map.of());

        assertThat(check.needs()).hasSize(1);
        Need need = check.needs().get(0);
        assertThat(need.key()).isEqualTo("BSL_INTERPRETER");
        assertThat(need.need()).isEqualTo(AccessNeed.BSL_INTERPRETER);
        assertThat(need.format()).isNull();
        assertThat(need.other()).isNull();
        assertThat(need.people()).containsExactly("Priya", "Aled");
    }

    @Test
    void theNamesFollowTheOrderPeopleWereGivenInNotTheirIds() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(9, "Zara", Set.of(AccessNeed.HEARING_LOOP)),
                coming(3, "Ben", Set.of(AccessNeed.HEARING_LOOP))), Map.of());

        assertThat(check.needs().get(0).people()).containsExactly("Zara", "Ben");
    }

    // Arranged or not

    @Test
    void aNeedIsArrangedWhenItsKeyHasBeenArrangedWithItsNote() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(AccessNeed.BSL_INTERPRETER))),
                Map.of("BSL_INTERPRETER", "Booked through Signpost, two interpreters"));

        Need need = check.needs().get(0);
        assertThat(need.arranged()).isTrue();
        assertThat(need.note()).isEqualTo("Booked through Signpost, two interpreters");
        assertThat(check.unmet()).isEmpty();
    }

    @Test
    void aNeedArrangedWithoutANoteIsStillArranged() {
        Map<String, String> arranged = new HashMap<>();
        arranged.put("BSL_INTERPRETER", null);

        AccessCheck check = AccessCheck.of(List.of(coming(1, "Priya", Set.of(AccessNeed.BSL_INTERPRETER))), arranged);

        Need need = check.needs().get(0);
        assertThat(need.arranged()).isTrue();
        assertThat(need.note()).isNull();
        assertThat(check.unmet()).isEmpty();
    }

    @Test
    void aNeedNobodyHasArrangedIsUnmet() {
        AccessCheck check = AccessCheck.of(List.of(coming(1, "Priya", Set.of(AccessNeed.BSL_INTERPRETER))), Map.of());

        Need need = check.needs().get(0);
        assertThat(need.arranged()).isFalse();
        assertThat(need.note()).isNull();
        assertThat(check.unmet()).containsExactly(need);
    }

    @Test
    void unmetListsOnlyTheNeedsNotYetArranged() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(AccessNeed.BSL_INTERPRETER, AccessNeed.STEP_FREE_ACCESS)),
                coming(2, "Aled", Set.of(AccessNeed.QUIET_ROOM))),
                Map.of("STEP_FREE_ACCESS", "Ground floor room", "QUIET_ROOM", "Room 2 next door"));

        assertThat(check.needs()).hasSize(3);
        assertThat(check.unmet()).extracting(Need::key).containsExactly("BSL_INTERPRETER");
    }

    @Test
    void anArrangementForANeedNobodyHasAddsNothing() {
        AccessCheck check = AccessCheck.of(List.of(coming(1, "Priya", Set.of(AccessNeed.HEARING_LOOP))),
                Map.of("BSL_INTERPRETER", "Booked"));

        assertThat(check.needs()).extracting(Need::key).containsExactly("HEARING_LOOP");
        assertThat(check.unmet()).extracting(Need::key).containsExactly("HEARING_LOOP");
    }

    // Order and kinds of need

    @Test
    void needsComeInTheOrderOfAccessNeedsWhateverOrderPeopleCameIn() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(AccessNeed.EASY_READ, AccessNeed.QUIET_ROOM)),
                coming(2, "Aled", Set.of(AccessNeed.SUPPORT_WORKER, AccessNeed.STEP_FREE_ACCESS)),
                coming(3, "Jo", Set.of(AccessNeed.HEARING_LOOP, AccessNeed.BSL_INTERPRETER))), Map.of());

        assertThat(check.needs()).extracting(Need::need).containsExactly(
                AccessNeed.STEP_FREE_ACCESS, AccessNeed.BSL_INTERPRETER, AccessNeed.HEARING_LOOP,
                AccessNeed.SUPPORT_WORKER, AccessNeed.QUIET_ROOM, AccessNeed.EASY_READ);
    }

    @Test
    void everyAccessNeedIsListedUnderItsOwnName() {
        AccessCheck check = AccessCheck.of(List.of(coming(1, "Priya", Set.of(AccessNeed.values()))), Map.of());

        assertThat(check.needs()).extracting(Need::key)
                .containsExactly(java.util.Arrays.stream(AccessNeed.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void onlyAudioBslVideoAndBrailleAreListedAsPapersToMake() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(), Set.of(CommunicationFormat.values()), null)), Map.of());

        assertThat(check.needs()).extracting(Need::key)
                .containsExactly("FORMAT_AUDIO", "FORMAT_BSL_VIDEO", "FORMAT_BRAILLE");
        assertThat(check.needs()).extracting(Need::format)
                .containsExactly(CommunicationFormat.AUDIO, CommunicationFormat.BSL_VIDEO, CommunicationFormat.BRAILLE);
        assertThat(check.needs()).allSatisfy(need -> {
            assertThat(need.need()).isNull();
            assertThat(need.other()).isNull();
            assertThat(need.people()).containsExactly("Priya");
        });
    }

    @Test
    void formatsThatAreAboutHowWeWriteToPeopleAreNotListed() {
        AccessCheck check = AccessCheck.of(List.of(coming(1, "Priya", Set.of(), Set.of(
                CommunicationFormat.STANDARD, CommunicationFormat.EASY_READ, CommunicationFormat.LARGE_PRINT,
                CommunicationFormat.PLAIN_TEXT_EMAIL, CommunicationFormat.VIDEO), null)), Map.of());

        assertThat(check.needs()).isEmpty();
    }

    @Test
    void peopleWantingTheSameFormatShareOnePaperNeed() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(), Set.of(CommunicationFormat.BRAILLE), null),
                coming(2, "Aled", Set.of(), Set.of(CommunicationFormat.BRAILLE), null)),
                Map.of("FORMAT_BRAILLE", "Ordered from the RNIB"));

        assertThat(check.needs()).singleElement().satisfies(need -> {
            assertThat(need.key()).isEqualTo("FORMAT_BRAILLE");
            assertThat(need.people()).containsExactly("Priya", "Aled");
            assertThat(need.arranged()).isTrue();
            assertThat(need.note()).isEqualTo("Ordered from the RNIB");
        });
    }

    @Test
    void aPersonsOwnWordsAreANeedOfTheirOwnWithTheTextStripped() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(42, "Priya", Set.of(), Set.of(), "  I need to sit near the door  \n")), Map.of());

        assertThat(check.needs()).singleElement().satisfies(need -> {
            assertThat(need.key()).isEqualTo("OTHER_42");
            assertThat(need.other()).isEqualTo("I need to sit near the door");
            assertThat(need.need()).isNull();
            assertThat(need.format()).isNull();
            assertThat(need.people()).containsExactly("Priya");
            assertThat(need.arranged()).isFalse();
        });
    }

    @Test
    void ownWordsAreNotGroupedEvenWhenTheyAreTheSame() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(7, "Priya", Set.of(), Set.of(), "A chair with arms"),
                coming(8, "Aled", Set.of(), Set.of(), "A chair with arms")),
                Map.of("OTHER_8", "Chair set out"));

        assertThat(check.needs()).extracting(Need::key).containsExactly("OTHER_7", "OTHER_8");
        assertThat(check.unmet()).extracting(Need::key).containsExactly("OTHER_7");
    }

    @Test
    void blankOrMissingOwnWordsAreIgnored() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of(), Set.of(), ""),
                coming(2, "Aled", Set.of(), Set.of(), "   \n\t "),
                coming(3, "Jo", Set.of(), Set.of(), null)), Map.of());

        assertThat(check.needs()).isEmpty();
    }

    @Test
    void accessNeedsComeFirstThenPapersThenPeoplesOwnWords() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(5, "Priya", Set.of(AccessNeed.QUIET_ROOM), Set.of(CommunicationFormat.AUDIO), "Short sessions please"),
                coming(6, "Aled", Set.of(AccessNeed.STEP_FREE_ACCESS), Set.of(CommunicationFormat.BRAILLE), "Guide dog")),
                Map.of());

        assertThat(check.needs()).extracting(Need::key).containsExactly(
                "STEP_FREE_ACCESS", "QUIET_ROOM", "FORMAT_AUDIO", "FORMAT_BRAILLE", "OTHER_5", "OTHER_6");
    }

    @Test
    void nobodyComingMeansNoNeeds() {
        AccessCheck check = AccessCheck.of(List.of(), Map.of("BSL_INTERPRETER", "Booked"));

        assertThat(check.needs()).isEmpty();
        assertThat(check.unmet()).isEmpty();
    }

    @Test
    void peopleComingWithNoNeedsMeanNoNeeds() {
        AccessCheck check = AccessCheck.of(List.of(
                coming(1, "Priya", Set.of()), coming(2, "Aled", Set.of(), Set.of(CommunicationFormat.STANDARD), null)),
                Map.of());

        assertThat(check.needs()).isEmpty();
    }

    private static Coming coming(long personId, String name, Set<AccessNeed> needs) {
        return coming(personId, name, needs, Set.of(), null);
    }

    private static Coming coming(long personId, String name, Set<AccessNeed> needs, Set<CommunicationFormat> formats,
            String otherNeeds) {
        return new Coming(personId, name, needs, formats, otherNeeds);
    }
}
