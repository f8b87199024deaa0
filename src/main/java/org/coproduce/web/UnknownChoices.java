package org.coproduce.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A choice sent that is not one of the form's options (an old bookmark, a changed page, someone trying things) counts
 * as no choice, so the form comes back with "choose one" next to the field. Refusing the value instead would leave the
 * form without anything to show again, and the person would see an error page.
 */
@Configuration(proxyBeanMethods = false)
class UnknownChoices implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ChoiceOrNone());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class ChoiceOrNone implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class<T> type = targetType;
            while (type != null && !type.isEnum()) {
                type = (Class<T>) type.getSuperclass();
            }
            Class<T> choices = type;
            return text -> {
                String name = text.strip();
                for (T constant : choices.getEnumConstants()) {
                    if (constant.name().equals(name)) {
                        return constant;
                    }
                }
                return null;
            };
        }
    }
}
