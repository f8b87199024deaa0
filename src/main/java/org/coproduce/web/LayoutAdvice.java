package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class LayoutAdvice {

    private final List<NavigationItem> navigation;
    private final Labels labels;
    private final MessageSource words;
    private final boolean demo;

    LayoutAdvice(List<NavigationItem> navigation, Labels labels, MessageSource words, @Value("${coproduce.demo.enabled}") boolean demo) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.labels = labels;
        this.words = words;
        this.demo = demo;
    }

    /**
     * Blank form fields arrive as null, and text is trimmed, so that "   " never counts as an answer.
     * Passwords are kept exactly as typed: a space can be part of one.
     */
    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        for (String secret : List.of("password", "confirmPassword", "currentPassword")) {
            binder.registerCustomEditor(String.class, secret, new VerbatimText());
        }
    }

    private static final class VerbatimText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : text);
        }
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request, Locale language) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInUser user = authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn
                ? signedIn : null;
        return new PageContext(
                csrf,
                user,
                user == null ? List.of() : visibleTo(authentication),
                request.getRequestURI(),
                request.getQueryString(),
                labels,
                demo,
                language,
                words);
    }

    private List<NavigationItem> visibleTo(Authentication authentication) {
        Set<String> held = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return navigation.stream()
                .filter(item -> item.authorities().stream().anyMatch(held::contains))
                .toList();
    }
}
