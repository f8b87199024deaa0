package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void nullBytesAndTerminalEscapesAreRemoved() {
        assertThat(TypedText.clean("Kwa\u0000me")).isEqualTo("Kwame");
        assertThat(TypedText.clean("\u001B[2JHello\u0007\b")).isEqualTo("[2JHello");
        assertThat(TypedText.clean("a\u007Fb\u0085c\u009Bd")).isEqualTo("abcd");
    }

    @Test
    void directionOverridesThatDisguiseANameOrALinkAreRemoved() {
        assertThat(TypedText.clean("Invoice \u202Efdp.exe")).isEqualTo("Invoice fdp.exe");
        assertThat(TypedText.clean("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069ok")).isEqualTo("ok");
    }

    @Test
    void tabsLineBreaksAndEveryLanguageAreKept() {
        String text = "Line one\r\nLine two\n\tindented — café, Cymraeg: ŵ ŷ, اردو, 中文, 👍🏽";
        assertThat(TypedText.clean(text)).isSameAs(text);
        assertThat(TypedText.clean(null)).isNull();
    }
}
