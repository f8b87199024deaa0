package org.coproduce.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words shown to people, from {@code messages.properties}. An enum constant's label is under
 * {@code SimpleName.CONSTANT}; its longer explanation, where there is one, under {@code SimpleName.CONSTANT.hint}.
 */
@Component
public class Labels {

    private final MessageSource messages;

    /** Labels outside the application, for benchmarks and tools. */
    public static Labels from(MessageSource messages) {
        return new Labels(messages);
    }

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    public String of(Enum<?> value) {
        return value == null ? "" : text(key(value));
    }

    public String hint(Enum<?> value) {
        return messages.getMessage(key(value) + ".hint", null, "", LocaleContextHolder.getLocale());
    }

    public List<String> of(Collection<? extends Enum<?>> values) {
        return values.stream().map(this::of).toList();
    }

    /** The options for a set of radios or checkboxes, one per constant, in declaration order. */
    public <E extends Enum<E>> List<Option> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new Option(value.name(), of(value), hint(value)))
                .toList();
    }

    private static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
