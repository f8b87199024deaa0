package org.coproduce.web;

/** One choice in a set of radios, checkboxes or a select. An empty hint shows nothing. */
public record Option(String value, String label, String hint) {

    public Option {
        hint = hint == null ? "" : hint;
    }

    public Option(String value, String label) {
        this(value, label, "");
    }
}
