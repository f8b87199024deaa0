package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameworkFileTest {

    static final String SMALL = """
            name: Our check
            easyRead:
              name: Our easy check
            themes:
              - title: Working together
                easyRead: Together
                indicators:
                  - doingWell: We decide together.
                    moreToDo: Professionals decide.
                    easyRead:
                      doingWell: We decide together.
                      moreToDo: Others decide.
            """;

    @Test
    void theBuiltInFiveBigIdeasReadWithEveryIndicatorAndItsEasyReadWording() throws IOException {
        FrameworkFile.Reading reading = FrameworkFile.read(resource("checking-co-production.yaml"));

        assertThat(reading.problems()).isEmpty();
        Framework framework = reading.framework();
        assertThat(framework.themes()).hasSize(5);
        assertThat(framework.indicatorCount()).isEqualTo(20);
        assertThat(framework.credit()).contains("Transforming Care");
        assertThat(framework.themes().get(1).indicators().get(2).code()).isEqualTo("2.3");
        assertThat(framework.themes()).allSatisfy(theme -> assertThat(theme.indicators()).allSatisfy(indicator -> {
            assertThat(indicator.easyReadDoingWell()).isNotBlank();
            assertThat(indicator.easyReadMoreToDo()).isNotBlank();
        }));
    }

    @Test
    void theBuiltInLadderCheckReads() throws IOException {
        FrameworkFile.Reading reading = FrameworkFile.read(resource("ladder-check.yaml"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.framework().indicatorCount()).isEqualTo(5);
    }

    @Test
    void aSmallYamlFileReads() {
        FrameworkFile.Reading reading = FrameworkFile.read(SMALL);

        assertThat(reading.ok()).isTrue();
        assertThat(reading.framework().easyReadName()).isEqualTo("Our easy check");
        assertThat(reading.framework().themes().get(0).indicators().get(0).code()).isEqualTo("1.1");
    }

    @Test
    void theSameFrameworkWrittenAsJsonReads() {
        FrameworkFile.Reading reading = FrameworkFile.read("""
                {"name": "Our check", "easyRead": {"name": "Our easy check"},
                 "themes": [{"title": "Working together", "easyRead": "Together",
                   "indicators": [{"doingWell": "We decide together.", "moreToDo": "Professionals decide.",
                                   "easyRead": {"doingWell": "We decide together.", "moreToDo": "Others decide."}}]}]}
                """);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.framework().themes().get(0).title()).isEqualTo("Working together");
    }

    @Test
    void aMisspeltFieldIsFoundWithItsLineAndTheFieldThatWasMeant() {
        FrameworkFile.Reading reading = FrameworkFile.read(SMALL.replace("moreToDo: Professionals decide.", "moretodo: Professionals decide."));

        assertThat(reading.ok()).isFalse();
        assertThat(reading.problems()).extracting(FrameworkFile.Problem::describe)
                .contains("Line 9: \"moretodo\" is not something a framework file can have in indicator 1.1. Did you mean \"moreToDo\"?")
                .contains("Line 8: Add what more to do looks like for indicator 1.1 (moreToDo)");
    }

    @Test
    void everyMistakeInAFileIsReportedAtOnceInLineOrder() {
        FrameworkFile.Reading reading = FrameworkFile.read("""
                name: Our check
                themes:
                  - title: Working together
                    indicators:
                      - doingWell: We decide together.
                        moreToDo:
                          - a list
                  - title:
                    easyRead: Empty
                    indicators: []
                """);

        assertThat(reading.problems()).extracting(FrameworkFile.Problem::describe).containsExactly(
                "Line 1: Add an easy read wording at the top: easyRead, with a name",
                "Line 3: Add theme 1's easy read title (easyRead)",
                "Line 5: Add an easy read wording to indicator 1.1: easyRead, with doingWell and moreToDo",
                "Line 7: What more to do looks like for indicator 1.1 must be text, not a list or a group of fields",
                "Line 8: Theme 2's title is empty",
                "Line 10: Theme 2's indicators must be a list, each starting with \"- doingWell:\"");
    }

    @Test
    void aLayoutMistakeSaysWhichLineItIsOn() {
        FrameworkFile.Reading reading = FrameworkFile.read("""
                name: Our check
                themes:
                  - title: Working together
                   easyRead: Together
                """);

        assertThat(reading.problems()).hasSize(1);
        assertThat(reading.problems().get(0).line()).isEqualTo(4);
        assertThat(reading.problems().get(0).message()).contains("Check the indenting and the colons");
    }

    @Test
    void anEmptyFileAFileThatIsNotAFrameworkAndATwiceGivenNameAreRefused() {
        assertThat(FrameworkFile.read("  ").problems()).extracting(FrameworkFile.Problem::describe).containsExactly("The file is empty");
        assertThat(FrameworkFile.read("- just\n- a list\n").problems().get(0).message()).contains("must start with a name");
        assertThat(FrameworkFile.read("name: One\nname: Two\n").problems()).extracting(FrameworkFile.Problem::describe)
                .contains("Line 2: \"name\" is given twice at the top of the file. Keep one");
    }

    @Test
    void tooLongATextIsRefused() {
        FrameworkFile.Reading reading = FrameworkFile.read(SMALL.replace("We decide together.\n        moreToDo",
                "x".repeat(601) + "\n        moreToDo"));

        assertThat(reading.problems()).extracting(FrameworkFile.Problem::message)
                .contains("What doing well looks like for indicator 1.1 is too long: keep it to 600 characters");
    }

    private static String resource(String name) throws IOException {
        try (var in = FrameworkFileTest.class.getResourceAsStream("/assessment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
