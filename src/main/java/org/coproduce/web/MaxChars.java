package org.coproduce.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation's way to a {@link TextLimit}: like {@code @Size(max = ...)}, but its message says how many characters
 * the text has, with thousands separated, as the forms checked by hand do. Keep {@code what} free of apostrophes and
 * braces, as Spring formats the message.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxChars.Check.class)
public @interface MaxChars {

    int value();

    /** The field as the start of a sentence, like "The full name". */
    String what();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxChars, CharSequence> {

        private TextLimit limit;

        @Override
        public void initialize(MaxChars annotation) {
            limit = new TextLimit(annotation.what(), annotation.value());
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null || limit.allows(text.toString())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(limit.tooLong(text.toString())).addConstraintViolation();
            return false;
        }
    }
}
