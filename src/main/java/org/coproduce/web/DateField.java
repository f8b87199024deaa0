package org.coproduce.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed as day, month and year in three boxes, the GOV.UK way, which works for everyone on every browser.
 *
 * @param error what is wrong, as a message for the error summary, or null when the date is fine (or empty)
 */
public record DateField(String day, String month, String year, LocalDate date, String error) {

    public static DateField empty() {
        return new DateField(null, null, null, null, null);
    }

    public static DateField of(LocalDate date) {
        return date == null ? empty()
                : new DateField(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()), date, null);
    }

    /**
     * @param what the date's name in an error message, such as "the day they joined"
     */
    public static DateField parse(String day, String month, String year, String what) {
        boolean blank = blank(day) && blank(month) && blank(year);
        if (blank) {
            return new DateField(day, month, year, null, null);
        }
        if (blank(day) || blank(month) || blank(year)) {
            return new DateField(day, month, year, null, capitalised(what) + " must include a day, month and year");
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2200) {
                return new DateField(day, month, year, null, "Enter the year of " + what + " with 4 numbers, like 2026");
            }
            return new DateField(day, month, year, LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())), null);
        } catch (NumberFormatException | DateTimeException e) {
            return new DateField(day, month, year, null, capitalised(what) + " must be a real date, like 23 11 2026");
        }
    }

    public boolean missing() {
        return date == null && error == null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
