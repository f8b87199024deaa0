package org.coproduce.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Promised dates with the day of the week, which people find easier to picture: "Monday 4 January 2027". */
public final class FeedbackDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private FeedbackDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
