package org.coproduce.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A property test: whatever it is given, the checker returns a report and never throws, and every finding points at
 * text that is really there. Over a million generated inputs from a fixed seed, so that a failure can be repeated.
 */
class NeverThrowsTest {

    static final int INPUTS = 1_000_000;
    static final PlainEnglish CHECKER = PlainEnglish.standard();
    static final List<AvoidedTerm> AVOIDED = List.of(new AvoidedTerm("service user", "Asked not to."), new AvoidedTerm("ñ", "x"));

    /** Pieces to build inputs from: every Unicode class the checker might meet, and the shapes that tend to break parsers. */
    static final String[] PIECES = {
            "a", "The", " ", "  ", "\n", "\n\n", "\t", "\r\n", ".", "!", "?", "...", ",", ";", ":", "-", "–", "—", "'", "’", "\"",
            "“", "”", "(", ")", "[", "]", "e.g.", "i.e.", "Dr.", "U.K.", "£", "€", "$", "1", "1,250.50", "12/03/2026", "3.5%",
            "10:30am", "https://", "www.", "@", "a@b.c", "CLDT", "NHS", "(CLDT)", "service user", "in order to", "was taken",
            "- ", "* ", "• ", "1. ", "a) ", "co-production", "’s", "مرحبا", "שלום", "你好", "こんにちは", "Привет", "ñ", "é",
            "\u0301", "\u200D", "\u200B", "\u202E", "\uFEFF", "😀", "👩🏽‍⚕️", "\uD800", "\uDC00", "\u0000", "\u0007", "\uFFFF",
            "ǅ", "ß", "İ", "ﬃ", "Ⅻ", "١٢٣", "𝒜", "\u00A0", "\u3000", "#", "&", "<b>", "%", "_", "\\", "'s'", "-'-", "a.b.c.d.e.f."
    };

    @Test
    void neverThrowsAndEveryFindingPointsAtRealText() {
        Random random = new Random(20261123L);
        for (int i = 0; i < INPUTS; i++) {
            String text = generate(random);
            var audience = i % 2 == 0 ? PlainEnglish.Audience.EVERYONE : PlainEnglish.Audience.EASY_READ;
            Report report = CHECKER.check(text, Glossary.builtIn(), AVOIDED, audience);
            for (Finding finding : report.findings()) {
                assertThat(finding.start()).as(text).isBetween(0, text.length());
                assertThat(finding.end()).as(text).isBetween(finding.start(), text.length());
                assertThat(text.substring(finding.start(), finding.end())).as(text).isEqualTo(finding.text());
            }
            assertThat(report.readingEase()).as(text).isNotNaN();
        }
    }

    @Test
    void copesWithHugeAndBinaryInputs() {
        Random random = new Random(7L);
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 2_000_000) {
            huge.append(generate(random));
        }
        byte[] bytes = new byte[200_000];
        random.nextBytes(bytes);

        assertThat(CHECKER.check(huge.toString()).words()).isPositive();
        CHECKER.check(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        CHECKER.check(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        CHECKER.check(".".repeat(100_000));
        CHECKER.check("(".repeat(50_000) + "CLDT" + ")".repeat(50_000));
        CHECKER.check("a".repeat(500_000));
        CHECKER.check("- \n".repeat(50_000));
    }

    private static String generate(Random random) {
        int pieces = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(5) == 0) {
                text.appendCodePoint(random.nextInt(0x110000));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }
}
