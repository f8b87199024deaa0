package org.coproduce.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors on a form, in the order the fields appear, for the error summary and the messages next to each field.
 * Only the first error of each field is kept: one clear message is easier to act on than three.
 */
public final class FormErrors {

    public record Error(String field, String message) {
    }

    private static final FormErrors NONE = new FormErrors(Map.of());
    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors none() {
        return NONE;
    }

    /**
     * @param fieldOrder the form's fields from top to bottom; errors on other fields come last
     */
    public static FormErrors from(BindingResult result, MessageSource messages, List<String> fieldOrder) {
        List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
        errors.sort(Comparator.comparingInt(error -> position(fieldOrder, error.getField())));
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        result.getGlobalErrors().forEach(error ->
                byField.putIfAbsent(error.getObjectName(), messages.getMessage(error, LocaleContextHolder.getLocale())));
        return new FormErrors(byField);
    }

    public static FormErrors of(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    /** Errors found by hand, already in the order of the form. */
    public static FormErrors of(List<Error> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        return new FormErrors(byField);
    }

    /** The errors a module gave when it refused the request. */
    public static FormErrors of(Refused refused) {
        return refused.errors();
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message for a field, or null when it has none. */
    public String of(String field) {
        return byField.get(field);
    }

    public List<Error> all() {
        return byField.entrySet().stream().map(entry -> new Error(entry.getKey(), entry.getValue())).toList();
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
