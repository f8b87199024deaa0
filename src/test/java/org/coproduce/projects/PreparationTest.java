package org.coproduce.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.web.FormErrors;
import org.junit.jupiter.api.Test;

class PreparationTest {

    private static final String IN_WORDS = "Answer this question before you mark this part as completed";
    private static final String YES_NO_OR_NOT_SURE = "Choose yes, no or not sure before you mark this part as completed";

    private long nextId = 1;

    // Status of each part

    @Test
    void aPartWithNoAnswersHasNotStarted() {
        Preparation preparation = Preparation.of(Map.of(), Set.of(), List.of());

        for (PreparationSection section : PreparationSection.values()) {
            assertThat(preparation.status(section)).as(section.name()).isEqualTo(Preparation.Status.NOT_STARTED);
        }
        assertThat(preparation.completedCount()).isZero();
    }

    @Test
    void aPartIsInProgressOnceAnyOfItsQuestionsHasAnAnswer() {
        Preparation preparation = Preparation.of(Map.of(PreparationQuestion.BUDGET, readiness(Readiness.NO)), Set.of(), List.of());

        assertThat(preparation.status(PreparationSection.INTENTION)).isEqualTo(Preparation.Status.IN_PROGRESS);
        assertThat(preparation.status(PreparationSection.PURPOSE)).isEqualTo(Preparation.Status.NOT_STARTED);
        assertThat(preparation.status(PreparationSection.RELATIONSHIPS)).isEqualTo(Preparation.Status.NOT_STARTED);
    }

    @Test
    void anAnswerInWordsAlsoStartsAPart() {
        Preparation preparation = Preparation.of(Map.of(PreparationQuestion.TIMELINE, words("Six months")), Set.of(), List.of());

        assertThat(preparation.status(PreparationSection.TIME)).isEqualTo(Preparation.Status.IN_PROGRESS);
    }

    @Test
    void aNoteWithoutAnAnswerStillStartsAPart() {
        Preparation preparation = Preparation.of(
                Map.of(PreparationQuestion.PLAIN_ENGLISH, new PreparationAnswer(null, "Ask the easy read group")), Set.of(), List.of());

        assertThat(preparation.status(PreparationSection.LANGUAGE)).isEqualTo(Preparation.Status.IN_PROGRESS);
    }

    @Test
    void aPartMarkedCompletedIsCompletedWhateverItsAnswers() {
        Preparation preparation = Preparation.of(Map.of(PreparationQuestion.SERIOUS, readiness(Readiness.YES)),
                EnumSet.of(PreparationSection.INTENTION, PreparationSection.VALUE), List.of());

        assertThat(preparation.status(PreparationSection.INTENTION)).isEqualTo(Preparation.Status.COMPLETED);
        assertThat(preparation.status(PreparationSection.VALUE)).isEqualTo(Preparation.Status.COMPLETED);
        assertThat(preparation.status(PreparationSection.PURPOSE)).isEqualTo(Preparation.Status.NOT_STARTED);
    }

    @Test
    void completedCountCountsOnlyCompletedParts() {
        Preparation preparation = Preparation.of(
                Map.of(PreparationQuestion.SERIOUS, readiness(Readiness.YES), PreparationQuestion.FORMATS, readiness(Readiness.NO)),
                EnumSet.of(PreparationSection.INTENTION, PreparationSection.TIME, PreparationSection.RELATIONSHIPS), List.of());

        assertThat(preparation.completedCount()).isEqualTo(3);
        assertThat(preparation.status(PreparationSection.ACCESSIBILITY)).isEqualTo(Preparation.Status.IN_PROGRESS);
    }

    @Test
    void everyPartCompletedCountsAllSeven() {
        Preparation preparation = Preparation.of(Map.of(), EnumSet.allOf(PreparationSection.class), List.of());

        assertThat(preparation.completedCount()).isEqualTo(PreparationSection.values().length).isEqualTo(7);
    }

    // What to act on

    @Test
    void questionsAnsweredNoOrNotSureAreToActOn() {
        Map<PreparationQuestion, PreparationAnswer> answers = new LinkedHashMap<>();
        answers.put(PreparationQuestion.SERIOUS, readiness(Readiness.YES));
        answers.put(PreparationQuestion.BUDGET, readiness(Readiness.NO));
        answers.put(PreparationQuestion.EXPENSES_COVERED, readiness(Readiness.NOT_SURE));
        answers.put(PreparationQuestion.PLAIN_ENGLISH, readiness(Readiness.YES));

        Preparation preparation = Preparation.of(answers, Set.of(), List.of());

        assertThat(preparation.toActOn()).containsExactly(PreparationQuestion.BUDGET, PreparationQuestion.EXPENSES_COVERED);
    }

    @Test
    void questionsAnsweredInWordsAreNeverToActOnEvenWhenTheWordsAreNo() {
        Map<PreparationQuestion, PreparationAnswer> answers = new LinkedHashMap<>();
        answers.put(PreparationQuestion.WHY, words("NO"));
        answers.put(PreparationQuestion.HOW_PAID, words("NOT_SURE"));
        answers.put(PreparationQuestion.WHERE_POWER_LIES, words("No idea yet"));

        Preparation preparation = Preparation.of(answers, Set.of(), List.of());

        assertThat(preparation.toActOn()).isEmpty();
    }

    @Test
    void aNoteOnItsOwnIsNotSomethingToActOn() {
        Preparation preparation = Preparation.of(
                Map.of(PreparationQuestion.BUDGET, new PreparationAnswer(null, "Waiting to hear from finance")), Set.of(), List.of());

        assertThat(preparation.toActOn()).isEmpty();
    }

    @Test
    void whatToActOnComesInTheOrderOfTheQuestionsNotTheOrderOfTheAnswers() {
        Map<PreparationQuestion, PreparationAnswer> answers = new LinkedHashMap<>();
        answers.put(PreparationQuestion.DIVERSE_ENOUGH, readiness(Readiness.NOT_SURE));
        answers.put(PreparationQuestion.FORMATS, readiness(Readiness.NO));
        answers.put(PreparationQuestion.REVISIT_PURPOSE, readiness(Readiness.NO));
        answers.put(PreparationQuestion.SERIOUS, readiness(Readiness.NOT_SURE));
        answers.put(PreparationQuestion.TIME_TO_FORM, readiness(Readiness.YES));

        Preparation preparation = Preparation.of(answers, Set.of(), List.of());

        assertThat(preparation.toActOn()).containsExactly(PreparationQuestion.SERIOUS, PreparationQuestion.REVISIT_PURPOSE,
                PreparationQuestion.FORMATS, PreparationQuestion.DIVERSE_ENOUGH);
    }

    @Test
    void theAnswerAndNoteOfAQuestionCanBeReadBack() {
        Preparation preparation = Preparation.of(
                Map.of(PreparationQuestion.BUDGET, new PreparationAnswer("NO", "Bid in March")), Set.of(), List.of());

        assertThat(preparation.answer(PreparationQuestion.BUDGET)).isEqualTo("NO");
        assertThat(preparation.note(PreparationQuestion.BUDGET)).isEqualTo("Bid in March");
        assertThat(preparation.answer(PreparationQuestion.SERIOUS)).isNull();
        assertThat(preparation.note(PreparationQuestion.SERIOUS)).isNull();
    }

    // Voices not heard

    @Test
    void voicesNotHeardAreThoseWhoShouldBeInvolvedAndAreNot() {
        Stakeholder carers = missing("Carers", "They were not asked", "Write to the carers' centre");
        Stakeholder youngPeople = missing("Young people", null, null);
        Stakeholder involved = involved("People who use services");
        Stakeholder notNeeded = notNeeded("Housing providers", "The work is not about housing");

        Preparation preparation = Preparation.of(Map.of(), Set.of(), List.of(involved, carers, notNeeded, youngPeople));

        assertThat(preparation.voicesNotHeard()).containsExactly(carers, youngPeople);
    }

    @Test
    void noVoicesGoUnheardWhenEveryoneNeededIsInvolved() {
        Preparation preparation = Preparation.of(Map.of(), Set.of(),
                List.of(involved("Carers"), notNeeded("Commissioners", "They fund it but do not shape it")));

        assertThat(preparation.voicesNotHeard()).isEmpty();
    }

    @Test
    void aStakeholderMissingWithoutAReasonOrAPlanIsUnexplained() {
        assertThat(missing("Carers", null, null).unexplained()).isTrue();
        assertThat(missing("Carers", "They were not asked", null).unexplained()).isTrue();
        assertThat(missing("Carers", null, "Write to the carers' centre").unexplained()).isTrue();
    }

    @Test
    void aStakeholderMissingWithAReasonAndAPlanIsExplained() {
        assertThat(missing("Carers", "They were not asked", "Write to the carers' centre").unexplained()).isFalse();
    }

    @Test
    void stakeholdersWhoAreInvolvedOrNotNeededAreNeverUnexplained() {
        assertThat(involved("Carers").unexplained()).isFalse();
        assertThat(notNeeded("Carers", null).unexplained()).isFalse();
        assertThat(new Stakeholder(nextId++, "Carers", true, false, false, null, null).unexplained()).isFalse();
    }

    // What stops a part being marked completed

    @Test
    void everyUnansweredQuestionInAPartStopsItBeingCompleted() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.INTENTION, Map.of(), List.of());

        assertThat(problems).containsExactly(
                new FormErrors.Error("serious", YES_NO_OR_NOT_SURE),
                new FormErrors.Error("ready-to-act", YES_NO_OR_NOT_SURE),
                new FormErrors.Error("leaders-support", YES_NO_OR_NOT_SURE),
                new FormErrors.Error("why", IN_WORDS),
                new FormErrors.Error("comfortable-with-uncertainty", YES_NO_OR_NOT_SURE),
                new FormErrors.Error("budget", YES_NO_OR_NOT_SURE));
    }

    @Test
    void theErrorsAreOnTheQuestionsOwnFields() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.INTENTION, Map.of(), List.of());

        assertThat(problems).extracting(FormErrors.Error::field)
                .containsExactlyElementsOf(PreparationQuestion.of(PreparationSection.INTENTION).stream().map(PreparationQuestion::field).toList());
    }

    @Test
    void aPartWithEveryQuestionAnsweredCanBeCompleted() {
        Map<PreparationQuestion, PreparationAnswer> answers = new LinkedHashMap<>();
        answers.put(PreparationQuestion.SERIOUS, readiness(Readiness.YES));
        answers.put(PreparationQuestion.READY_TO_ACT, readiness(Readiness.NO));
        answers.put(PreparationQuestion.LEADERS_SUPPORT, readiness(Readiness.NOT_SURE));
        answers.put(PreparationQuestion.WHY, words("People told us the service does not work for them"));
        answers.put(PreparationQuestion.COMFORTABLE_WITH_UNCERTAINTY, readiness(Readiness.YES));
        answers.put(PreparationQuestion.BUDGET, readiness(Readiness.YES));

        assertThat(Preparation.blockingCompletion(PreparationSection.INTENTION, answers, List.of())).isEmpty();
    }

    @Test
    void onlyTheQuestionsStillUnansweredAreListed() {
        Map<PreparationQuestion, PreparationAnswer> answers = new LinkedHashMap<>();
        answers.put(PreparationQuestion.SERIOUS, readiness(Readiness.YES));
        answers.put(PreparationQuestion.WHY, words("Because it matters"));
        answers.put(PreparationQuestion.BUDGET, new PreparationAnswer(null, "Still asking finance"));

        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.INTENTION, answers, List.of());

        assertThat(problems).extracting(FormErrors.Error::field)
                .containsExactly("ready-to-act", "leaders-support", "comfortable-with-uncertainty", "budget");
    }

    @Test
    void answersToOtherPartsDoNotCountTowardsThisOne() {
        Map<PreparationQuestion, PreparationAnswer> answers = Map.of(PreparationQuestion.SERIOUS, readiness(Readiness.YES));

        assertThat(Preparation.blockingCompletion(PreparationSection.PURPOSE, answers, List.of())).containsExactly(
                new FormErrors.Error("open-to-other-outcomes", YES_NO_OR_NOT_SURE),
                new FormErrors.Error("revisit-purpose", YES_NO_OR_NOT_SURE));
    }

    @Test
    void someoneMissingFromTheMapWithoutAReasonAndPlanStopsRelationshipsBeingCompleted() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.RELATIONSHIPS, relationshipsAnswered(),
                List.of(missing("Young Carers", "Not asked yet", null)));

        assertThat(problems).containsExactly(new FormErrors.Error("map",
                "Say why young carers are not involved yet, and what you will do, before you mark this part as completed"));
    }

    @Test
    void eachUnexplainedGroupOnTheMapIsNamed() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.RELATIONSHIPS, relationshipsAnswered(),
                List.of(missing("Carers", null, null), involved("People who use services"), missing("Black and Asian communities", null, null)));

        assertThat(problems).extracting(FormErrors.Error::field).containsExactly("map", "map");
        assertThat(problems).extracting(FormErrors.Error::message).containsExactly(
                "Say why carers are not involved yet, and what you will do, before you mark this part as completed",
                "Say why black and asian communities are not involved yet, and what you will do, before you mark this part as completed");
    }

    @Test
    void someoneMissingWithAReasonAndPlanDoesNotStopRelationshipsBeingCompleted() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.RELATIONSHIPS, relationshipsAnswered(),
                List.of(missing("Carers", "They were not asked", "Write to the carers' centre"), involved("People who use services"),
                        notNeeded("Housing providers", "The work is not about housing")));

        assertThat(problems).isEmpty();
    }

    @Test
    void theMapComesAfterTheUnansweredQuestions() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.RELATIONSHIPS, Map.of(),
                List.of(missing("Carers", null, null)));

        assertThat(problems).extracting(FormErrors.Error::field).containsExactly("diverse-enough", "where-power-lies", "map");
        assertThat(problems.get(0).message()).isEqualTo(YES_NO_OR_NOT_SURE);
        assertThat(problems.get(1).message()).isEqualTo(IN_WORDS);
    }

    @Test
    void theMapOnlyMattersForRelationships() {
        List<FormErrors.Error> problems = Preparation.blockingCompletion(PreparationSection.PURPOSE,
                Map.of(PreparationQuestion.OPEN_TO_OTHER_OUTCOMES, readiness(Readiness.YES),
                        PreparationQuestion.REVISIT_PURPOSE, readiness(Readiness.YES)),
                List.of(missing("Carers", null, null)));

        assertThat(problems).isEmpty();
    }

    private static Map<PreparationQuestion, PreparationAnswer> relationshipsAnswered() {
        return Map.of(PreparationQuestion.DIVERSE_ENOUGH, readiness(Readiness.NOT_SURE),
                PreparationQuestion.WHERE_POWER_LIES, words("With the commissioners"));
    }

    private static PreparationAnswer readiness(Readiness readiness) {
        return new PreparationAnswer(readiness.name(), null);
    }

    private static PreparationAnswer words(String words) {
        return new PreparationAnswer(words, null);
    }

    private Stakeholder missing(String who, String whyMissing, String plan) {
        return new Stakeholder(nextId++, who, true, true, false, whyMissing, plan);
    }

    private Stakeholder involved(String who) {
        return new Stakeholder(nextId++, who, false, true, true, null, null);
    }

    private Stakeholder notNeeded(String who, String why) {
        return new Stakeholder(nextId++, who, false, false, false, why, null);
    }
}
