package org.coproduce.plainenglish;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts syllables in a word it has never seen, by spelling alone: count the groups of vowels, then correct for the
 * common ways English spelling misleads (a silent final e, "-ed" and "-es" endings, vowel pairs said as two sounds,
 * "-le" after a consonant, "-ically", "-que"). Right for more than nine words in ten; the word list handles the rest.
 */
final class SyllableRules {

    private static final Pattern GUE_ENDING = Pattern.compile(".*[^aeiou]gues?$");
    private static final Pattern CONSONANT_THEN_E = Pattern.compile(".*[^aeiouy]e$");
    private static final Pattern SYLLABIC_LE = Pattern.compile(".*[^aeiouyl]le$");
    private static final Pattern SYLLABIC_RE = Pattern.compile(".*[bcdgkpt]re$");
    private static final Pattern SYLLABIC_LED = Pattern.compile(".*[^aeiouyl]led$");
    private static final Pattern SYLLABIC_RED = Pattern.compile(".*[^aeiouy]red$");
    private static final Pattern SYLLABIC_LES = Pattern.compile(".*[^aeiouyl]les$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    /** Vowel pairs usually said as two syllables: "cre-ate", "pi-ano", "vi-deo", "ru-in", "be-ing". */
    private static final Pattern TWO_SOUNDS = Pattern.compile(String.join("|",
            "(?<![ctsgx])ia(?!n$)", "(?<![ctsgx])ian$", "(?<=[ctsgx])ia(?=t)", "iet", "(?<![ctsgx])io(?!n)", "ii", "eo(?!u)", "ua(?!n)", "uo",
            "ea(?=[td]e)", "ie(?=r$|st$|nt)", "ui(?=t$|n$|ng)", "eu(?=m$)", "oe(?=[lt])", "[^aeiou]ya", "ao", "ae(?=[lr])",
            "iu", "[aeiouy]ing$", "[aeiouy]ings$", "yer$", "yers$", "oi(?=ng)", "(?:bb|dd|ff|gg|pp|tt|zz|nd|ng|st|mb|rd|rt|mp|rb|rg|rk|rc)l(?:ing|ings)$", "ue(?=rs?$|nts?$|nce$)",
            "^(?:re|pre|de)(?=[aeiou])(?!a[ds]|ach|al(?!i)|ap|ar|ign|ig|ur|au|uc|ut)(?=.{5})"));
    /** A silent e that ends the first part of a compound word: "homemaker", "horseman", "baseline". */
    private static final Pattern SILENT_E_IN_COMPOUND = Pattern.compile(
            "[aeiouy][^aeiouy]e(?:man|men|mak|hold|break|side|step|time|way|work|land|field|stone|house|line|like|wood|ville"
                    + "|town|hood|board|book|ship|wife|ward|keep|bound|mark|place|stead|worth|wright|sake)");
    private static final Pattern SILENT_E_BEFORE_SUFFIX = Pattern.compile("[^aeiouy]e(ly|ment|ments|ful|fully|ness|less|lessly)$");

    private SyllableRules() {
    }

    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            String stem = w.substring(0, w.length() - 2);
            return count(stem) + (sibilant(stem) ? 1 : 0);
        }
        if (w.endsWith("s'")) {
            return count(w.substring(0, w.length() - 1));
        }
        // The u in "qu" is a consonant sound: "quality", "equal", "technique".
        w = NOT_LETTERS.matcher(w).replaceAll("").replace("qu", "q");
        if (w.isEmpty()) {
            return 0;
        }
        int syllables = matches(VOWEL_GROUPS, w.startsWith("y") ? w.substring(1) : w);
        if (w.length() <= 3) {
            return Math.max(1, syllables);
        }
        syllables += matches(TWO_SOUNDS, w);
        if (silentFinalE(w)) {
            syllables--;
        }
        if (w.endsWith("ed") && silentEd(w)) {
            syllables--;
        }
        if (w.endsWith("es") && silentEs(w)) {
            syllables--;
        }
        if (SILENT_E_BEFORE_SUFFIX.matcher(w).find()) {
            syllables--;
        }
        syllables -= matches(SILENT_E_IN_COMPOUND, w);
        if (w.endsWith("ically")) {
            syllables--;
        }
        if (GUE_ENDING.matcher(w).matches()) {
            syllables--;
        }
        if (w.endsWith("ism") || w.endsWith("isms")) {
            syllables++;
        }
        return Math.max(1, syllables);
    }

    /** "make", "centre" (said "-ter"): the final e is silent; "table" and "free" keep theirs. */
    private static boolean silentFinalE(String w) {
        if (!CONSONANT_THEN_E.matcher(w).matches()) {
            return false;
        }
        boolean syllabicLe = SYLLABIC_LE.matcher(w).matches();
        boolean syllabicRe = SYLLABIC_RE.matcher(w).matches();
        return !syllabicLe && !syllabicRe && !w.endsWith("gue");
    }

    /** "jumped" and "called" have one syllable; "wanted", "needed" and "bundled" keep the -ed as a syllable or -led. */
    private static boolean silentEd(String w) {
        char before = w.charAt(w.length() - 3);
        if ("aeiouytd".indexOf(before) >= 0) {
            return false;
        }
        return !SYLLABIC_LED.matcher(w).matches() && !SYLLABIC_RED.matcher(w).matches();
    }

    /** "makes" and "hopes" have one syllable; "wishes", "changes" and "boxes" have two. */
    private static boolean silentEs(String w) {
        String stem = w.substring(0, w.length() - 2);
        if (stem.isEmpty() || "aeiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return false;
        }
        if (SYLLABIC_LES.matcher(w).matches()) {
            return false;
        }
        return !sibilant(stem) && !stem.endsWith("c") && !stem.endsWith("g");
    }

    private static boolean sibilant(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh")
                || stem.endsWith("ce") || stem.endsWith("ge") || stem.endsWith("se") || stem.endsWith("ze");
    }

    private static int matches(Pattern pattern, String w) {
        var matcher = pattern.matcher(w);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
