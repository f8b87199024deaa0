package org.coproduce.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as people in the UK read them: stored in UTC, shown in Europe/London. */
public final class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("ha", Locale.UK);
    private static final DateTimeFormatter DATE_CY = DATE.withLocale(Languages.WELSH);
    private static final DateTimeFormatter TIME_CY = TIME.withLocale(Languages.WELSH);
    private static final DateTimeFormatter HOUR_CY = HOUR.withLocale(Languages.WELSH);

    private Dates() {
    }

    /** For example "4 March 2026". */
    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    /** In English, "4 March 2026"; in Welsh, "4 Mawrth 2026". */
    public static String date(Instant instant, Locale language) {
        return instant == null ? "" : (inWelsh(language) ? DATE_CY : DATE).format(instant.atZone(LONDON));
    }

    /** In English, "4 March 2026"; in Welsh, "4 Mawrth 2026". */
    public static String date(LocalDate date, Locale language) {
        return date == null ? "" : (inWelsh(language) ? DATE_CY : DATE).format(date);
    }

    /** In English, "Wednesday 4 March 2026"; in Welsh, "Dydd Mercher 4 Mawrth 2026". */
    public static String dayAndDate(LocalDate date, Locale language) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, inWelsh(language) ? Languages.WELSH : Locale.UK)
                + " " + (inWelsh(language) ? DATE_CY : DATE).format(date);
    }

    /** In English, "2:30pm", "10am" or "midday"; in Welsh, "2:30yh", "10yb" or "canol dydd". */
    public static String time(Instant instant, Locale language) {
        if (!inWelsh(language) || instant == null) {
            return time(instant);
        }
        var local = instant.atZone(LONDON).toLocalTime();
        if (local.getHour() == 12 && local.getMinute() == 0) {
            return "canol dydd";
        }
        if (local.getHour() == 0 && local.getMinute() == 0) {
            return "hanner nos";
        }
        return (local.getMinute() == 0 ? HOUR_CY : TIME_CY).format(local).toLowerCase(Languages.WELSH);
    }

    private static boolean inWelsh(Locale language) {
        return language != null && Languages.WELSH.getLanguage().equals(language.getLanguage());
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
