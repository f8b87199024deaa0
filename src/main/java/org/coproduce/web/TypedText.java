package org.coproduce.web;

/**
 * What people type, without the characters nobody means to type: control characters other than tab and line breaks
 * (a null byte is refused by PostgreSQL; escape sequences can rewrite a terminal or a log), and the bidirectional
 * embedding, override and isolate characters that can make a name or a link read differently from what it is.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The text with every unwanted character removed; the same string when there is none, as is nearly always so. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnwanted(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unwanted(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstUnwanted(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unwanted(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean unwanted(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
