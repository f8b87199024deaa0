package org.coproduce.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokeniserTest {

    @Test
    void abbreviationsWithFullStopsDoNotEndASentence() {
        assertThat(sentences("Bring something to share, e.g. fruit or biscuits. Dr. Patel will chair. Mrs. Jones will take notes."))
                .containsExactly("Bring something to share, e.g. fruit or biscuits.", "Dr. Patel will chair.", "Mrs. Jones will take notes.");
    }

    @Test
    void moneyNumbersAndDatesStayWhole() {
        String text = "We paid £1,250.50 on 12/03/2026, or 3.5% of the budget, at 10:30am.";
        List<Token> tokens = Tokeniser.tokens(text, 0, text.length());

        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.NUMBER).extracting(Token::text)
                .containsExactly("£1,250.50", "12/03/2026", "3.5%", "10:30am");
        assertThat(sentences("The fee is £25.50. It is paid weekly.")).hasSize(2);
    }

    @Test
    void webAndEmailAddressesAreOneTokenAndNotWords() {
        String text = "Read it at https://www.northshire.example/plan.html. Or write to plan@northshire.example.";
        List<Token> tokens = Tokeniser.tokens(text, 0, text.length());

        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.ADDRESS).extracting(Token::text)
                .containsExactly("https://www.northshire.example/plan.html", "plan@northshire.example");
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void apostrophesCurlyQuotesAndHyphensStayInsideWords() {
        String text = "We’re co-producing Jamie’s plan, don't worry.";
        List<Token> words = Tokeniser.tokens(text, 0, text.length()).stream()
                .filter(t -> t.kind() == Token.Kind.WORD).toList();

        assertThat(words).extracting(Token::text).containsExactly("We’re", "co-producing", "Jamie’s", "plan", "don't", "worry");
        assertThat(words.get(2).normalised()).isEqualTo("jamie's");
    }

    @Test
    void headingsAndBulletPointsWithoutFullStopsAreUnitsOfTheirOwn() {
        String text = """
                Doing well if
                - the plan is easy to find
                - people are paid for their time
                * leaders have signed up

                1. Read the papers
                2) Come to the meeting""";

        assertThat(sentences(text)).containsExactly("Doing well if", "the plan is easy to find", "people are paid for their time",
                "leaders have signed up", "Read the papers", "Come to the meeting");
    }

    @Test
    void textWrappedOntoTheNextLineStaysOneSentence() {
        assertThat(sentences("We will meet every month to check\nhow the plan is going.")).hasSize(1);
    }

    @Test
    void questionsExclamationsAndQuotesEndSentences() {
        assertThat(sentences("Who decides? \"We all do!\" That is the point."))
                .containsExactly("Who decides?", "\"We all do!\"", "That is the point.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(sentences("The report by J. Smith came out in May. It was short.")).hasSize(2);
    }

    private static List<String> sentences(String text) {
        return Tokeniser.sentences(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
