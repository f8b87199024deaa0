package org.coproduce.web;

import java.util.List;
import java.util.Locale;

/** The languages Coproduce speaks: English, as written in the United Kingdom, and Welsh. */
public final class Languages {

    public static final Locale ENGLISH = Locale.UK;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final List<Locale> ALL = List.of(ENGLISH, WELSH);

    private Languages() {
    }

    /** The language with this code (en or cy), or null. */
    public static Locale withCode(String code) {
        return ALL.stream().filter(language -> language.getLanguage().equals(code)).findFirst().orElse(null);
    }

    /** The value of a {@code lang} attribute for this language: en-GB or cy. */
    public static String tag(Locale language) {
        return WELSH.getLanguage().equals(language.getLanguage()) ? "cy" : "en-GB";
    }
}
