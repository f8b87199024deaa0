package org.coproduce.web;

/** Small helpers for templates. */
public final class Html {

    private Html() {
    }

    /** The ids a field's aria-describedby should name, or null (which drops the attribute) when there are none. */
    public static String describedBy(String name, boolean hasHint, boolean hasError) {
        return describedBy(name, hasHint, hasError, null);
    }

    /** As {@link #describedBy(String, boolean, boolean)}, and also the element with the given id, such as a plain English check. */
    public static String describedBy(String name, boolean hasHint, boolean hasError, String also) {
        String own = own(name, hasHint, hasError);
        if (also == null) {
            return own;
        }
        return own == null ? also : own + " " + also;
    }

    private static String own(String name, boolean hasHint, boolean hasError) {
        if (hasHint && hasError) {
            return name + "-hint " + name + "-error";
        }
        if (hasHint) {
            return name + "-hint";
        }
        return hasError ? name + "-error" : null;
    }
}
