package org.coproduce.web;

import java.util.List;

/**
 * How any module says no to a request: one or more fields, each with a message that says what to do instead, in the
 * order of the form. Controllers catch it and show {@link #errors()} with the page, as they would their own checks.
 */
public class Refused extends RuntimeException {

    /**
     * The field of a refusal about the form as a whole rather than one answer: the error summary links it to the
     * page's main content, where the form is.
     */
    public static final String WHOLE_FORM = "main-content";

    private final transient FormErrors errors;

    public Refused(String field, String message) {
        this(FormErrors.of(field, message));
    }

    /** A refusal about the request as a whole, with no one field to blame. */
    public Refused(String message) {
        this(WHOLE_FORM, message);
    }

    /** @param errors in the order of the form; only the first of each field is kept */
    public Refused(List<FormErrors.Error> errors) {
        this(FormErrors.of(errors));
    }

    public Refused(FormErrors errors) {
        super(firstMessage(errors));
        this.errors = errors;
    }

    public FormErrors errors() {
        return errors;
    }

    private static String firstMessage(FormErrors errors) {
        if (!errors.any()) {
            throw new IllegalArgumentException("A refusal needs at least one message");
        }
        return errors.all().get(0).message();
    }
}
