package org.coproduce.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.coproduce.groups.Diversity.Answers;
import org.coproduce.groups.Diversity.LeftOut;
import org.coproduce.groups.Diversity.Share;
import org.coproduce.groups.Diversity.Spread;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.Equality;
import org.coproduce.people.Equality.AgeBand;
import org.coproduce.people.Equality.Ethnicity;
import org.coproduce.people.Equality.Gender;
import org.coproduce.people.Equality.LearningDisability;
import org.coproduce.people.Equality.SexualOrientation;
import org.junit.jupiter.api.Test;

class DiversityTest {

    // Too few to show

    @Test
    void fewerThanFiveMembersAnsweringMeansNoSpreadIsShown() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(4, gender(Gender.WOMAN)));
        members.addAll(times(3, Equality.NOT_ANSWERED));

        Diversity diversity = Diversity.of(members);

        assertThat(diversity.members()).isEqualTo(7);
        assertThat(diversity.answered()).isEqualTo(4);
        assertThat(diversity.tooFewToShow()).isTrue();
        assertThat(diversity.spreads()).isEmpty();
    }

    @Test
    void fiveMembersAnsweringIsEnoughToShowASpread() {
        Diversity diversity = Diversity.of(times(5, gender(Gender.WOMAN)));

        assertThat(diversity.tooFewToShow()).isFalse();
        assertThat(diversity.spreads()).isNotEmpty();
    }

    @Test
    void membersWhoAnsweredNothingDoNotCountAsHavingAnswered() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(5, gender(Gender.MAN)));
        members.addAll(times(2, Equality.NOT_ANSWERED));

        Diversity diversity = Diversity.of(members);

        assertThat(diversity.members()).isEqualTo(7);
        assertThat(diversity.answered()).isEqualTo(5);
        assertThat(diversity.tooFewToShow()).isFalse();
    }

    @Test
    void aMemberWhoPreferredNotToSayStillCountsAsHavingAnswered() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(4, gender(Gender.MAN)));
        members.add(answers(gender(Gender.DECLINED)));

        Diversity diversity = Diversity.of(members);

        assertThat(diversity.answered()).isEqualTo(5);
        assertThat(diversity.tooFewToShow()).isFalse();
    }

    // Small numbers hidden

    @Test
    void countsUnderFiveAreHiddenAndCountsOfFiveOrMoreAreShown() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(5, gender(Gender.MAN)));
        members.addAll(times(3, gender(Gender.WOMAN)));
        members.addAll(times(2, gender(Gender.NON_BINARY)));

        Diversity diversity = Diversity.of(members);

        assertThat(share(diversity, "Gender", Gender.MAN).hidden()).isFalse();
        assertThat(count(diversity, "Gender", Gender.MAN)).isEqualTo(5);
        assertThat(share(diversity, "Gender", Gender.WOMAN).hidden()).isTrue();
        assertThat(share(diversity, "Gender", Gender.NON_BINARY).hidden()).isTrue();
    }

    @Test
    void countsOfFiveOrMoreAreAllShownWhenNothingNeedsHiding() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(5, gender(Gender.MAN)));
        members.addAll(times(7, gender(Gender.WOMAN)));

        Diversity diversity = Diversity.of(members);

        assertThat(spread(diversity, "Gender").shares()).noneMatch(Share::hidden);
        assertThat(count(diversity, "Gender", Gender.MAN)).isEqualTo(5);
        assertThat(count(diversity, "Gender", Gender.WOMAN)).isEqualTo(7);
    }

    @Test
    void oneWomanAmongSixMenCannotBeWorkedOutFromTheTotal() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(6, gender(Gender.MAN)));
        members.add(answers(gender(Gender.WOMAN)));

        Diversity diversity = Diversity.of(members);

        assertThat(share(diversity, "Gender", Gender.WOMAN).hidden()).isTrue();
        assertThat(share(diversity, "Gender", Gender.MAN).hidden()).isTrue();
    }

    @Test
    void whenOneCountIsHiddenTheNextSmallestIsHiddenTooAndTheRestAreShown() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(6, gender(Gender.MAN)));
        members.addAll(times(5, gender(Gender.WOMAN)));
        members.add(answers(gender(Gender.NON_BINARY)));

        Diversity diversity = Diversity.of(members);

        assertThat(share(diversity, "Gender", Gender.NON_BINARY).hidden()).isTrue();
        assertThat(share(diversity, "Gender", Gender.WOMAN).hidden()).isTrue();
        assertThat(share(diversity, "Gender", Gender.MAN).hidden()).isFalse();
        assertThat(count(diversity, "Gender", Gender.MAN)).isEqualTo(6);
    }

    @Test
    void noHiddenCountCanBeWorkedOutFromTheShownCountsAndTheNumberWhoAnswered() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(6, gender(Gender.MAN)));
        members.addAll(times(5, gender(Gender.WOMAN)));
        members.add(answers(gender(Gender.NON_BINARY)));

        Diversity diversity = Diversity.of(members);

        List<Share> shares = spread(diversity, "Gender").shares();
        assertThat(shares.stream().filter(Share::hidden).count()).isNotEqualTo(1);
    }

    @Test
    void anAnswerEveryoneGaveIsHiddenBecauseItWouldTellEachMembersAnswer() {
        List<Answers> members = times(5, new Equality(null, null, Ethnicity.WHITE, null, null, null, null, LearningDisability.NO));

        Diversity diversity = Diversity.of(members);

        assertThat(share(diversity, "LearningDisability", LearningDisability.NO).hidden()).isTrue();
        assertThat(share(diversity, "Ethnicity", Ethnicity.WHITE).hidden()).isTrue();
    }

    @Test
    void anAnswerThatLeavesFewerThanFiveOthersIsHidden() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(8, ethnicity(Ethnicity.WHITE)));
        members.addAll(times(3, ethnicity(Ethnicity.ASIAN)));

        Diversity diversity = Diversity.of(members);

        assertThat(share(diversity, "Ethnicity", Ethnicity.WHITE).hidden()).isTrue();
        assertThat(share(diversity, "Ethnicity", Ethnicity.ASIAN).hidden()).isTrue();
    }

    @Test
    void membersWhoSkippedAQuestionStillCountAsOthersWhenDecidingWhatToHide() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(6, new Equality(null, null, Ethnicity.WHITE, Gender.WOMAN, null, null, null, null)));
        members.addAll(times(5, gender(Gender.MAN)));

        Diversity diversity = Diversity.of(members);

        assertThat(count(diversity, "Ethnicity", Ethnicity.WHITE)).isEqualTo(6);
        assertThat(count(diversity, "Gender", Gender.WOMAN)).isEqualTo(6);
        assertThat(count(diversity, "Gender", Gender.MAN)).isEqualTo(5);
    }

    @Test
    void hiddenCountsTogetherAreNeverFewerThanFiveSoTheirSumSaysNothingAboutAFewPeople() {
        List<Answers> members = new ArrayList<>();
        members.addAll(times(6, gender(Gender.MAN)));
        members.addAll(times(7, gender(Gender.WOMAN)));
        members.add(answers(gender(Gender.NON_BINARY)));
        members.add(answers(gender(Gender.SELF_DESCRIBED)));

        Diversity diversity = Diversity.of(members);

        int shown = spread(diversity, "Gender").shares().stream().filter(s -> !s.hidden()).mapToInt(Share::count).sum();
        assertThat(diversity.answered() - shown).isGreaterThanOrEqualTo(Diversity.SAFE_MINIMUM);
        assertThat(share(diversity, "Gender", Gender.MAN).hidden()).isTrue();
        assertThat(count(diversity, "Gender", Gender.WOMAN)).isEqualTo(7);
    }

    // Groups that are often left out

    @Test
    void someoneUnderEighteenMeansChildrenAndYoungPeopleAreThere() {
        Diversity diversity = Diversity.of(among(answers(aged(AgeBand.UNDER_18)), answers(aged(AgeBand.FROM_35_TO_44))));

        assertThat(diversity.present()).containsEntry(LeftOut.CHILDREN_AND_YOUNG_PEOPLE, true);
    }

    @Test
    void aGroupOfMiddleAgedPeopleHasNoChildrenOrYoungPeople() {
        Diversity diversity = Diversity.of(among(answers(aged(AgeBand.FROM_35_TO_44)), answers(aged(AgeBand.FROM_45_TO_54))));

        assertThat(diversity.present()).containsEntry(LeftOut.CHILDREN_AND_YOUNG_PEOPLE, false);
    }

    @Test
    void someoneWithASevereOrProfoundLearningDisabilityIsRecognised() {
        Equality severe = new Equality(null, null, null, null, null, null, null, LearningDisability.SEVERE_OR_PROFOUND);
        Equality mild = new Equality(null, null, null, null, null, null, null, LearningDisability.MILD_OR_MODERATE);

        assertThat(Diversity.of(among(answers(severe))).present())
                .containsEntry(LeftOut.SEVERE_OR_PROFOUND_LEARNING_DISABILITY, true);
        assertThat(Diversity.of(among(answers(mild))).present())
                .containsEntry(LeftOut.SEVERE_OR_PROFOUND_LEARNING_DISABILITY, false);
    }

    @Test
    void anOlderPersonWhoNeedsASupportWorkerHasHighSupportNeeds() {
        Answers withSupport = new Answers(aged(AgeBand.FROM_65_TO_74), Set.of(AccessNeed.SUPPORT_WORKER, AccessNeed.LARGE_PRINT));
        Answers overSeventyFive = new Answers(aged(AgeBand.FROM_75), Set.of(AccessNeed.SUPPORT_WORKER));

        assertThat(Diversity.belongs(withSupport, LeftOut.OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS)).isTrue();
        assertThat(Diversity.belongs(overSeventyFive, LeftOut.OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS)).isTrue();
        assertThat(Diversity.of(among(withSupport)).present()).containsEntry(LeftOut.OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS, true);
    }

    @Test
    void anOlderPersonWithoutASupportWorkerIsNotCountedAsHavingHighSupportNeeds() {
        Answers noNeeds = new Answers(aged(AgeBand.FROM_65_TO_74), Set.of());
        Answers otherNeeds = new Answers(aged(AgeBand.FROM_65_TO_74), Set.of(AccessNeed.HEARING_LOOP, AccessNeed.EXTRA_BREAKS));
        Answers youngerWithSupport = new Answers(aged(AgeBand.FROM_55_TO_64), Set.of(AccessNeed.SUPPORT_WORKER));

        assertThat(Diversity.of(among(noNeeds, otherNeeds, youngerWithSupport)).present())
                .containsEntry(LeftOut.OLDER_PEOPLE_WITH_HIGH_SUPPORT_NEEDS, false);
    }

    @Test
    void whiteOrPreferNotToSayIsNotAMinorityEthnicCommunityButAsianIs() {
        assertThat(Diversity.belongs(answers(ethnicity(Ethnicity.DECLINED)), LeftOut.MINORITY_ETHNIC_COMMUNITIES)).isFalse();
        assertThat(Diversity.belongs(answers(ethnicity(Ethnicity.WHITE)), LeftOut.MINORITY_ETHNIC_COMMUNITIES)).isFalse();
        assertThat(Diversity.belongs(answers(Equality.NOT_ANSWERED), LeftOut.MINORITY_ETHNIC_COMMUNITIES)).isFalse();
        assertThat(Diversity.belongs(answers(ethnicity(Ethnicity.ASIAN)), LeftOut.MINORITY_ETHNIC_COMMUNITIES)).isTrue();
    }

    @Test
    void aGroupWithOneAsianMemberHasMinorityEthnicCommunitiesThere() {
        Diversity diversity = Diversity.of(among(
                answers(ethnicity(Ethnicity.WHITE)), answers(ethnicity(Ethnicity.DECLINED)), answers(ethnicity(Ethnicity.ASIAN))));

        assertThat(diversity.present()).containsEntry(LeftOut.MINORITY_ETHNIC_COMMUNITIES, true);
    }

    @Test
    void aBisexualMemberMeansLgbtPeopleAreThere() {
        Equality bisexual = new Equality(null, null, null, null, null, SexualOrientation.BISEXUAL, null, null);
        Equality straight = new Equality(null, null, null, null, null, SexualOrientation.STRAIGHT, null, null);

        assertThat(Diversity.of(among(answers(straight), answers(bisexual))).present()).containsEntry(LeftOut.LGBT_PEOPLE, true);
        assertThat(Diversity.of(among(answers(straight))).present()).containsEntry(LeftOut.LGBT_PEOPLE, false);
    }

    @Test
    void aGroupWithEnoughAnswersButNobodyFromTheLeftOutGroupsShowsThemAllAsMissing() {
        Diversity diversity = Diversity.of(among());

        assertThat(diversity.present()).containsOnlyKeys(LeftOut.values());
        assertThat(diversity.present().values()).containsOnly(false);
    }

    @Test
    void inASmallGroupNothingIsSaidAboutWhoIsThereSoNobodyCanBePickedOut() {
        Diversity diversity = Diversity.of(List.of(answers(aged(AgeBand.UNDER_18)),
                answers(new Equality(null, null, null, null, null, SexualOrientation.BISEXUAL, null, null))));

        assertThat(diversity.tooFewToShow()).isTrue();
        assertThat(diversity.present()).isEmpty();
    }

    /** The members given, alongside five others who answered and belong to none of the groups often left out. */
    private static List<Answers> among(Answers... members) {
        List<Answers> all = new ArrayList<>(List.of(members));
        all.addAll(times(5, new Equality(AgeBand.FROM_35_TO_44, null, Ethnicity.WHITE, null, null, SexualOrientation.STRAIGHT,
                null, LearningDisability.NO)));
        return all;
    }

    private static Equality gender(Gender gender) {
        return new Equality(null, null, null, gender, null, null, null, null);
    }

    private static Equality aged(AgeBand band) {
        return new Equality(band, null, null, null, null, null, null, null);
    }

    private static Equality ethnicity(Ethnicity ethnicity) {
        return new Equality(null, null, ethnicity, null, null, null, null, null);
    }

    private static Answers answers(Equality equality) {
        return new Answers(equality, Set.of());
    }

    private static List<Answers> times(int n, Equality equality) {
        return new ArrayList<>(Collections.nCopies(n, answers(equality)));
    }

    private static Spread spread(Diversity diversity, String question) {
        return diversity.spreads().stream().filter(s -> s.question().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("No spread for " + question + " in " + diversity.spreads()));
    }

    private static Share share(Diversity diversity, String question, Enum<?> answer) {
        return spread(diversity, question).shares().stream().filter(s -> s.answer() == answer).findFirst()
                .orElseThrow(() -> new AssertionError("No share for " + answer + " in " + spread(diversity, question)));
    }

    private static Integer count(Diversity diversity, String question, Enum<?> answer) {
        return share(diversity, question, answer).count();
    }
}
