package org.coproduce.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduce.plainenglish.Finding.Kind;
import org.junit.jupiter.api.Test;

class PlainEnglishTest {

    static final PlainEnglish CHECKER = PlainEnglish.standard();

    @Test
    void countsSyllablesFromTheWordListAndBritishSpellings() {
        assertThat(CHECKER.syllables("commissioning")).isEqualTo(4);
        assertThat(CHECKER.syllables("utilise")).isEqualTo(3);
        assertThat(CHECKER.syllables("colour")).isEqualTo(2);
        assertThat(CHECKER.syllables("co-production")).isEqualTo(4);
        assertThat(CHECKER.syllables("people’s")).isEqualTo(2);
    }

    @Test
    void readingEaseMatchesAWorkedExample() {
        // Flesch's own example: "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: 206.835 - 6.09 - 84.6 = 116.1
        Report report = CHECKER.check("The cat sat on the mat.");

        assertThat(report.words()).isEqualTo(6);
        assertThat(report.sentences()).isEqualTo(1);
        assertThat(report.syllables()).isEqualTo(6);
        assertThat(report.readingEase()).isEqualTo(116.1);
        assertThat(report.gradeLevel()).isEqualTo(-1.4);
    }

    @Test
    void readingEaseOfALongerWorkedExample() {
        // 2 sentences, 19 words, 20 syllables ("meeting" has two): 206.835 - 1.015 * 9.5 - 84.6 * 20 / 19 = 108.1
        Report report = CHECKER.check("We will pay you for your time. Please tell us if you need help to come to the meeting.");

        assertThat(report.words()).isEqualTo(19);
        assertThat(report.sentences()).isEqualTo(2);
        assertThat(report.syllables()).isEqualTo(20);
        assertThat(report.readingEase()).isEqualTo(108.1);
        assertThat(report.verdict()).isEqualTo(Report.Verdict.EASY);
    }

    @Test
    void documentsOfHeadingsAndBulletsGetSensibleScores() {
        Report report = CHECKER.check("""
                How we will work together

                We are doing well if:
                - people with lived experience co-chair the board
                - everyone is paid for their time
                - papers are in plain English
                """);

        assertThat(report.sentences()).isEqualTo(5);
        assertThat(report.averageSentenceLength()).isLessThan(8);
        assertThat(report.readingEase()).isBetween(40.0, 100.0);
        assertThat(report.count(Kind.LONG_SENTENCE)).isZero();
    }

    @Test
    void flagsSentencesOverTwentyFiveWordsButNotShorterOnes() {
        String longOne = "The partnership board, which includes people with lived experience, family carers, commissioners and "
                + "providers from across the county, will meet every month in the town hall to agree the priorities for the year.";
        Report report = CHECKER.check(longOne + " It will be fun.");

        assertThat(report.findings(Kind.LONG_SENTENCE)).hasSize(1)
                .first().satisfies(f -> {
                    assertThat(f.start()).isZero();
                    assertThat(f.end()).isEqualTo(longOne.length());
                    assertThat(f.explanation()).startsWith("This sentence has 33 words.");
                });
    }

    @Test
    void flagsLikelyPassiveVoiceWithItsPlace() {
        String text = "The decision was taken by the board. The plan has been fully agreed. People are involved. We decided.";
        Report report = CHECKER.check(text);

        assertThat(report.findings(Kind.PASSIVE_VOICE)).extracting(Finding::text)
                .containsExactly("was taken", "been fully agreed");
        Finding first = report.findings(Kind.PASSIVE_VOICE).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("was taken");
    }

    @Test
    void suggestsPlainerWordsAndPhrases() {
        Report report = CHECKER.check("In order to utilise the budget we will commence in the event that leaders agree.");

        assertThat(report.findings(Kind.PLAINER_WORD)).extracting(Finding::text, Finding::suggestion).containsExactly(
                org.assertj.core.groups.Tuple.tuple("In order to", "to"),
                org.assertj.core.groups.Tuple.tuple("utilise", "use"),
                org.assertj.core.groups.Tuple.tuple("commence", "start"),
                org.assertj.core.groups.Tuple.tuple("in the event that", "if"));
    }

    @Test
    void plainWordsAreLeftAlone() {
        Report report = CHECKER.check("We will use the money to start in May if leaders agree. You can help.");

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void explainsJargonFromTheGlossary() {
        Report report = CHECKER.check("Everyone will get a personal health budget and a direct payment.");

        assertThat(report.findings(Kind.JARGON)).extracting(Finding::text).containsExactly("personal health budget", "direct payment");
        assertThat(report.findings(Kind.JARGON).get(1).explanation()).contains("A personal budget paid to the person");
    }

    @Test
    void flagsAbbreviationsUnlessSpelledOutOnFirstUse() {
        Report report = CHECKER.check("The CLDT will meet the ICS. The community learning disability team (CLDT) will lead. "
                + "The CLDT will report. The Transforming Care Partnership (TCP) agreed, and the TCP will pay. The NHS will help.");

        assertThat(report.findings(Kind.ABBREVIATION)).extracting(Finding::text).containsExactly("CLDT", "ICS");
        assertThat(report.findings(Kind.ABBREVIATION).get(0).explanation()).startsWith("CLDT means: Community learning disability team");
    }

    @Test
    void spelledOutAfterTheAbbreviationCountsToo() {
        Report report = CHECKER.check("The ICB (integrated care board) pays. The ICB decides.");

        assertThat(report.findings(Kind.ABBREVIATION)).isEmpty();
    }

    @Test
    void headingsInCapitalsAreNotTreatedAsAbbreviations() {
        Report report = CHECKER.check("HOW WE WILL WORK TOGETHER\nWe will meet every month.");

        assertThat(report.findings(Kind.ABBREVIATION)).isEmpty();
    }

    @Test
    void flagsWordsSomeoneHasAskedUsNotToUseIncludingPlurals() {
        Report report = CHECKER.check("We asked service users and a Service User what they thought.", Glossary.builtIn(),
                List.of(new AvoidedTerm("service user", "Jamie has asked for this not to be used.")));

        assertThat(report.findings(Kind.AVOIDED_TERM)).extracting(Finding::text).containsExactly("service users", "Service User");
        assertThat(report.findings(Kind.JARGON)).isEmpty();
        assertThat(report.needsWarning()).isTrue();
    }

    @Test
    void anOrganisationsGlossaryReplacesABuiltInEntry() {
        Glossary ours = Glossary.builtIn().with(List.of(new GlossaryEntry("CLDT", "Our learning disability team, based at Riverside.", "the team")));

        Report report = CHECKER.check("Ask the CLDT.", ours, List.of());

        assertThat(report.findings(Kind.ABBREVIATION).get(0).explanation()).contains("based at Riverside");
        assertThat(report.findings(Kind.ABBREVIATION).get(0).suggestion()).isEqualTo("the team");
    }

    @Test
    void hardTextNeedsAWarningAndPlainTextDoesNot() {
        Report hard = CHECKER.check("Notwithstanding the aforementioned considerations, commissioning organisations should "
                + "endeavour to demonstrate the implementation of co-productive methodologies throughout the transformation programme.");
        Report plain = CHECKER.check("We will pay you for your time. Tell us what you think.");

        assertThat(hard.verdict()).isEqualTo(Report.Verdict.HARD);
        assertThat(hard.needsWarning()).isTrue();
        assertThat(plain.needsWarning()).isFalse();
    }

    @Test
    void shortTextsAreJudgedByTheirLongWordsNotByAFormulaThatNeedsMoreText() {
        assertThat(CHECKER.check("Our learning disability team at Riverside.").needsWarning()).isFalse();
        assertThat(CHECKER.check("Multidisciplinary operationalisation of integrated commissioning methodologies.").verdict())
                .isEqualTo(Report.Verdict.HARD);
    }

    @Test
    void easyReadAlsoAsksForShortSentencesDigitsAndNoPercentages() {
        String text = "About 25% of people said the meetings were too long and that they would like more breaks in them. "
                + "Twelve people came.";

        Report everyone = CHECKER.check(text, Glossary.builtIn(), List.of(), PlainEnglish.Audience.EVERYONE);
        Report easyRead = CHECKER.check(text, Glossary.builtIn(), List.of(), PlainEnglish.Audience.EASY_READ);

        assertThat(everyone.findings()).isEmpty();
        assertThat(easyRead.findings()).extracting(Finding::kind).containsExactly(
                Kind.EASY_READ_SENTENCE, Kind.PERCENTAGE, Kind.NUMBER_IN_WORDS);
        assertThat(easyRead.findings(Kind.NUMBER_IN_WORDS).get(0).suggestion()).isEqualTo("12");
    }

    @Test
    void emptyTextIsEmpty() {
        assertThat(CHECKER.check("").verdict()).isEqualTo(Report.Verdict.EMPTY);
        assertThat(CHECKER.check("   \n - \n").verdict()).isEqualTo(Report.Verdict.EMPTY);
        assertThat(CHECKER.check(null).words()).isZero();
    }

    @Test
    void everyFindingPointsAtTheTextItNames() {
        String text = "The CLDT utilised a personal budget. It was agreed by the ICB, prior to the meeting.";

        for (Finding finding : CHECKER.check(text).findings()) {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
        }
    }
}
