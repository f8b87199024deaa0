package org.coproduce.plainenglish;

import java.util.List;

/**
 * What checking a text found.
 *
 * @param readingEase          Flesch Reading Ease: higher is easier, 60 or more suits most adults
 * @param gradeLevel           Flesch-Kincaid grade: the US school year a reader needs
 * @param averageSentenceLength words per sentence
 * @param findings             everything that could be plainer, in the order it appears
 */
public record Report(
        int words,
        int sentences,
        int syllables,
        double readingEase,
        double gradeLevel,
        double averageSentenceLength,
        Verdict verdict,
        List<Finding> findings) {

    /** How hard the text is, overall, for the people who will read it. */
    public enum Verdict {
        /** Nothing to read. */
        EMPTY,
        /** Reading ease 70 or more, with short sentences. */
        EASY,
        /** Reading ease 60 to 70. */
        FAIRLY_EASY,
        /** Reading ease 50 to 60. */
        FAIRLY_HARD,
        /** Reading ease under 50. */
        HARD
    }

    public Report {
        findings = List.copyOf(findings);
    }

    /** Below this many words, reading ease says little: one long name can sink a short sentence. */
    static final int SHORT_TEXT = 30;

    /**
     * How hard a text is. Long texts are judged by reading ease; short ones, such as a meaning in a jargon buster,
     * by the share of long words (three syllables or more), since the formula is unreliable on a few words.
     */
    static Verdict verdict(int words, double readingEase, double averageSentenceLength, int longWords) {
        if (words == 0) {
            return Verdict.EMPTY;
        }
        if (words < SHORT_TEXT) {
            double share = (double) longWords / words;
            if (share >= 0.45 || averageSentenceLength > 25) {
                return Verdict.HARD;
            }
            if (share >= 0.35) {
                return Verdict.FAIRLY_HARD;
            }
            return share >= 0.2 ? Verdict.FAIRLY_EASY : Verdict.EASY;
        }
        if (readingEase >= 70 && averageSentenceLength <= 20) {
            return Verdict.EASY;
        }
        if (readingEase >= 60) {
            return Verdict.FAIRLY_EASY;
        }
        return readingEase >= 50 ? Verdict.FAIRLY_HARD : Verdict.HARD;
    }

    public long count(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /**
     * Whether a coordinator should be warned before sending or publishing it: hard to read, or using words
     * someone has asked us not to use.
     */
    public boolean needsWarning() {
        return verdict == Verdict.FAIRLY_HARD || verdict == Verdict.HARD || count(Finding.Kind.AVOIDED_TERM) > 0;
    }
}
