package org.coproduce.sessions;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as people type it: "10:30", "10.30", "2pm", "2:30pm", "14:30" or "midday". A bare "2" could be 2am or 2pm,
 * so hours from 1 to 7 need "am" or "pm" unless they come with minutes in the 24-hour way, like "07:30".
 */
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
            boolean ambiguous = hour >= 1 && hour <= 7 && !(m.group(1).length() == 2 && m.group(2) != null);
            return hour <= 23 && !ambiguous ? LocalTime.of(hour, minute) : null;
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
