package org.coproduce.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The formulas against the worked examples usually published with them (for example in the Wikipedia article on the
 * Flesch-Kincaid readability tests): "The cat sat on the mat." (6 words, 6 syllables) scores 116 reading ease;
 * "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature." (13 words, 26 syllables, as the
 * example counts them) scores 24.4, grade 13.1.
 */
class ReadabilityTest {

    @Test
    void readingEaseMatchesThePublishedExamples() {
        assertThat(Readability.readingEase(6, 1, 6)).isCloseTo(116.1, within(0.05));
        assertThat(Readability.readingEase(13, 1, 26)).isCloseTo(24.4, within(0.05));
    }

    @Test
    void gradeLevelMatchesThePublishedExamples() {
        assertThat(Readability.gradeLevel(13, 1, 26)).isCloseTo(13.1, within(0.05));
        assertThat(Readability.gradeLevel(6, 1, 6)).isCloseTo(-1.45, within(0.05));
    }

    @Test
    void nothingToReadScoresZeroRatherThanDividingByZero() {
        assertThat(Readability.readingEase(0, 0, 0)).isZero();
        assertThat(Readability.gradeLevel(0, 0, 0)).isZero();
    }
}
