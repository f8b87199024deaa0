package org.coproduce.accounts;

import java.net.URI;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where to go after signing in. Spring Security saves the full address of the page someone asked for, with the host
 * from the request's Host header, which anyone can set: only its path and query are kept, so that nobody can send a
 * person to another site from here.
 */
final class SavedPage {

    private SavedPage() {
    }

    static String pathOf(SavedRequest saved) {
        return saved == null ? "/" : pathOf(saved.getRedirectUrl());
    }

    static String pathOf(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "/";
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
