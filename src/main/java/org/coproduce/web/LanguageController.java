package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The link on every page to read it in the other language: it keeps the choice and goes back to the same page. Only
 * an address on this site is gone back to, so the link cannot send anyone elsewhere.
 */
@Controller
class LanguageController {

    private final LocaleResolver languages;

    LanguageController(LocaleResolver languages) {
        this.languages = languages;
    }

    @GetMapping("/language/{code}")
    ResponseEntity<Void> choose(@PathVariable String code, @RequestParam(required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        Locale language = Languages.withCode(code);
        if (language == null) {
            return ResponseEntity.notFound().build();
        }
        languages.setLocale(request, response, language);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(onThisSite(back))).build();
    }

    static String onThisSite(String back) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\");
        try {
            return local && URI.create(back).getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException notAnAddress) {
            return "/";
        }
    }
}
