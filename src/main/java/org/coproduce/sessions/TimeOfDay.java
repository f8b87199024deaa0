package org.coproduce.sessions;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time as people type it: "10:30", "10.30", "2pm", "2:30pm", "14:30" or "midday". */
final class TimeOfDay {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private TimeOfDay() {
    }

    /** The time, or null when the text is not one. */
    static LocalTime parse(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.trim().toLowerCase(Locale.UK);
        if (cleaned.equals("midday") || cleaned.equals("noon")) {
            return LocalTime.NOON;
        }
        Matcher m = TIME.matcher(cleaned);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3) == null ? null : m.group(3).replace(".", "");
        if (minute > 59) {
            return null;
        }
        if (half == null) {
            return hour <= 23 ? LocalTime.of(hour, minute) : null;
        }
        if (hour < 1 || hour > 12) {
            return null;
        }
        int hour24 = hour % 12 + (half.equals("pm") ? 12 : 0);
        return LocalTime.of(hour24, minute);
    }

    /** As the form shows it again, for example "14:30". */
    static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
