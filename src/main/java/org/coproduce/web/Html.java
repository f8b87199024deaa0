package org.coproduce.web;

/** Small helpers for templates. */
public final class Html {

    private Html() {
    }

    /** The ids a field's aria-describedby should name, or null (which drops the attribute) when there are none. */
    public static String describedBy(String name, boolean hasHint, boolean hasError) {
        if (hasHint && hasError) {
            return name + "-hint " + name + "-error";
        }
        if (hasHint) {
            return name + "-hint";
        }
        return hasError ? name + "-error" : null;
    }
}
