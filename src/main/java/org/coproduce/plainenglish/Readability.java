package org.coproduce.plainenglish;

/**
 * The Flesch readability formulas (Flesch 1948; Kincaid and others 1975), with W words, S sentences, Y syllables.
 */
final class Readability {

    private Readability() {
    }

    /** 206.835 − 1.015 (W/S) − 84.6 (Y/W): higher is easier; 60 to 70 is plain English for most adults. */
    static double readingEase(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** 0.39 (W/S) + 11.8 (Y/W) − 15.59: the US school grade a reader needs. */
    static double gradeLevel(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }
}
