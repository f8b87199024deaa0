package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLimitTest {

    private final TextLimit purpose = new TextLimit("The purpose", 5_000);

    @Test
    void saysTheLimitAndHowLongTheTextIsWithThousandsSeparated() {
        assertThat(purpose.tooLong("a".repeat(6_012))).isEqualTo("The purpose must be 5,000 characters or fewer. It has 6,012.");
    }

    @Test
    void takesTextUpToTheLimitAndNoText() {
        assertThat(purpose.allows("a".repeat(5_000))).isTrue();
        assertThat(purpose.allows(null)).isTrue();
        assertThat(purpose.allows("a".repeat(5_001))).isFalse();
    }

    @Test
    void addsAnErrorForTheFieldOnlyWhenTheTextIsTooLong() {
        List<FormErrors.Error> problems = new ArrayList<>();

        assertThat(purpose.check("purpose", "Plan the year.", problems)).isFalse();
        assertThat(purpose.check("purpose", "a".repeat(5_001), problems)).isTrue();

        assertThat(problems).containsExactly(new FormErrors.Error("purpose", "The purpose must be 5,000 characters or fewer. It has 5,001."));
    }

    @Test
    void aHintSaysTheLimitAfterWhatTheFieldAlreadySays() {
        assertThat(purpose.hint()).isEqualTo("Up to 5,000 characters.");
        assertThat(TextLimit.hint(null, 5_000)).isEqualTo("Up to 5,000 characters.");
        assertThat(TextLimit.hint("Leave a blank line between paragraphs", 20_000))
                .isEqualTo("Leave a blank line between paragraphs. Up to 20,000 characters.");
        assertThat(TextLimit.hint("For example, the board.", 200)).isEqualTo("For example, the board. Up to 200 characters.");
        assertThat(TextLimit.hint("For example, the board.", 0)).isEqualTo("For example, the board.");
    }
}
