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

    static Verdict verdict(int words, double readingEase, double averageSentenceLength) {
        if (words == 0) {
            return Verdict.EMPTY;
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
