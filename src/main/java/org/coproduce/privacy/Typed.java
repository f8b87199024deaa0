package org.coproduce.privacy;

import java.time.LocalDate;
import org.coproduce.web.Dates;

/** Reading what was typed or chosen in the privacy pages' forms and searches. */
final class Typed {

    private Typed() {
    }

    /** A person's number from a form or an address, or null when there is none or it is not a number. */
    static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }
}
