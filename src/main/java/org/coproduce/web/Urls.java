package org.coproduce.web;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/** For putting a value that people typed, such as a word or a file's name, into a link. */
public final class Urls {

    private Urls() {
    }

    /**
     * The value with every character but letters, digits and "-._~" percent-encoded, so that it arrives as typed in
     * a query or a path: a "&amp;", "#", "+", "?", "%", "/" or space in it cannot end it or change what it means.
     */
    public static String encoded(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
