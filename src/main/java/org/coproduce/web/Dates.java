package org.coproduce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the UK read them: stored in UTC, shown in Europe/London. */
public final class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);

    private Dates() {
    }

    /** For example "4 March 2026". */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** For example "2:30pm", "10am" or "midday", the GOV.UK style. */
    public static String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON).toLocalTime();
        if (local.getHour() == 12 && local.getMinute() == 0) {
            return "midday";
        }
        if (local.getHour() == 0 && local.getMinute() == 0) {
            return "midnight";
        }
        return (local.getMinute() == 0 ? HOUR : TIME).format(local).toLowerCase(Locale.UK);
    }

    /** For example "4 March 2026 at 2:30pm", the GOV.UK style. */
    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(LONDON);
        return DATE.format(local) + " at " + time(instant);
    }
}
