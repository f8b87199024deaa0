package org.coproduce.web;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Words for the small templates that every page uses (a field's error, a date's boxes, the page links), which are not
 * given the page: in the language of the request being answered, as Spring MVC keeps it while a page is made.
 */
public final class Words {

    private static final Bundles BUNDLES = Bundles.load();

    private Words() {
    }

    public static String t(String key, Object... args) {
        return BUNDLES.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
