package org.coproduce.web;

import java.util.List;
import java.util.Locale;

/**
 * The most characters a field of text may hold, named as the error message names it. A form checks against it and its
 * page shows it in the hint, so the two cannot drift; the database has a check with the same number, in case a form
 * forgets. Characters are counted as Java and the browser count them (an emoji may count as two), which is never less
 * than the database's count, so text the form lets through the database takes too.
 *
 * @param what the field as the start of a sentence, like "The purpose"
 */
public record TextLimit(String what, int max) {

    /** For the hint of a long field, like "Up to 5,000 characters." */
    public String hint() {
        return hint(max);
    }

    public static String hint(int max) {
        return String.format(Locale.UK, "Up to %,d characters.", max);
    }

    /**
     * A field's hint with "Up to 5,000 characters." after it, for the shared input tag (a textarea says its limit under
     * the box, as GOV.UK's character count does); just the hint when there is no limit to show (a max of 0).
     */
    public static String hint(String hint, int max) {
        if (max <= 0) {
            return hint;
        }
        if (hint == null || hint.isBlank()) {
            return hint(max);
        }
        String sentence = hint.strip();
        return sentence + (sentence.matches(".*[.!?)]$") ? " " : ". ") + hint(max);
    }

    public boolean allows(String text) {
        return text == null || text.length() <= max;
    }

    /** Like "The purpose must be 5,000 characters or fewer. It has 6,012." */
    public String tooLong(String text) {
        return tooLong(what, max, text.length());
    }

    static String tooLong(String what, int max, int length) {
        return String.format(Locale.UK, "%s must be %,d characters or fewer. It has %,d.", what, max, length);
    }

    /** Adds the message to the problems when the text is too long, and says whether it was. */
    public boolean check(String field, String text, List<FormErrors.Error> problems) {
        if (allows(text)) {
            return false;
        }
        problems.add(new FormErrors.Error(field, tooLong(text)));
        return true;
    }
}
