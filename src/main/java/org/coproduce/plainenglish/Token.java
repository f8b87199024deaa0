package org.coproduce.plainenglish;

/**
 * A piece of text with its place: [start, end) in the original.
 *
 * @param normalised lower case, with curly apostrophes made straight: the form used to look words up
 */
record Token(Kind kind, int start, int end, String text, String normalised) {

    Token(Kind kind, int start, int end, String text) {
        this(kind, start, end, text, normalise(text));
    }

    enum Kind {
        /** A word, including hyphenated words, words with apostrophes and dotted abbreviations such as "e.g.". */
        WORD,
        /** A number, amount of money, date or time, such as £1,250.50 or 12/03/2026. */
        NUMBER,
        /** A web address or email address: not prose, so not counted for readability. */
        ADDRESS,
        PUNCTUATION
    }

    boolean countsAsWord() {
        return kind == Kind.WORD || kind == Kind.NUMBER;
    }

    static String normalise(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    boolean isAllCapitals() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
