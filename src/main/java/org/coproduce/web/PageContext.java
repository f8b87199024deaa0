package org.coproduce.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything the layout needs on every page: the form token, who is signed in, the navigation and the words.
 *
 * @param csrf read only by pages with a form, so that a visitor reading a page without one is given no session
 * @param user null when nobody is signed in
 */
public record PageContext(
        CsrfToken csrf,
        SignedInUser user,
        List<NavigationItem> navigation,
        String currentPath,
        String currentQuery,
        Labels labels,
        boolean demo,
        Locale language,
        MessageSource words) {

    /** The words under this key in the page's language, with the arguments put in. */
    public String t(String key, Object... args) {
        return words.getMessage(key, args, language);
    }

    /** A day in the page's language: "4 March 2026", "4 Mawrth 2026". */
    public String date(java.time.Instant instant) {
        return Dates.date(instant, language);
    }

    public String date(java.time.LocalDate date) {
        return Dates.date(date, language);
    }

    /** A day with its name in the page's language: "Wednesday 4 March 2026", "Dydd Mercher 4 Mawrth 2026". */
    public String dayAndDate(java.time.LocalDate date) {
        return Dates.dayAndDate(date, language);
    }

    /** A time in the page's language: "2:30pm", "2:30yh". */
    public String time(java.time.Instant instant) {
        return Dates.time(instant, language);
    }

    /** The page's language as a {@code lang} attribute: en-GB or cy. */
    public String lang() {
        return Languages.tag(language);
    }

    public Locale otherLanguage() {
        return Languages.WELSH.getLanguage().equals(language.getLanguage()) ? Languages.ENGLISH : Languages.WELSH;
    }

    public String otherLanguageTag() {
        return Languages.tag(otherLanguage());
    }

    /** Where the link to the other language goes: it keeps the choice and comes back to this page. */
    public String otherLanguageHref() {
        String here = currentPath + (currentQuery == null || currentQuery.isEmpty() ? "" : "?" + currentQuery);
        return "/language/" + otherLanguage().getLanguage() + "?back=" + Urls.encoded(here);
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /**
     * Makes the form token now, for a page whose form comes after enough words that the start of the page may already
     * have been sent: the token lives in the visitor's session, which cannot be started once sending has begun.
     */
    public void prepareForm() {
        csrfToken();
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean isCurrent(NavigationItem item) {
        return currentPath.equals(item.href()) || currentPath.startsWith(item.href() + "/");
    }
}
