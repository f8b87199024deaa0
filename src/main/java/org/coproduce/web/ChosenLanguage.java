package org.coproduce.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language each page is shown in: the one the visitor last chose, kept in a cookie for a year, or else the first
 * of English and Welsh their browser asks for, or else English.
 */
@Component("localeResolver")
class ChosenLanguage implements LocaleResolver {

    static final String COOKIE = "coproduce-language";
    private static final Duration KEPT_FOR = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                Locale chosen = COOKIE.equals(cookie.getName()) ? Languages.withCode(cookie.getValue()) : null;
                if (chosen != null) {
                    return chosen;
                }
            }
        }
        String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (asked != null && !asked.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(asked), Languages.ALL);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException unreadable) {
                return Languages.ENGLISH;
            }
        }
        return Languages.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = locale == null ? Languages.ENGLISH : locale;
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, language.getLanguage())
                .path("/").maxAge(KEPT_FOR).httpOnly(true).sameSite("Lax").secure(request.isSecure()).build().toString());
    }
}
