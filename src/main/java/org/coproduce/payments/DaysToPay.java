package org.coproduce.payments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long people wait to be paid: whole days from the day of the session to the day of payment (or today, while
 * unpaid), measured against the organisation's promise.
 */
public final class DaysToPay {

    /** The promise when an organisation has not set one. */
    public static final int DEFAULT_PROMISE = 14;
    /** A claim this many days or fewer from the promise is close to breaking it. */
    public static final int CLOSE_WITHIN = 3;

    public enum Standing { ON_TRACK, CLOSE, LATE }

    private DaysToPay() {
    }

    public static long days(LocalDate sessionDay, LocalDate paidOrToday) {
        return Math.max(0, ChronoUnit.DAYS.between(sessionDay, paidOrToday));
    }

    public static Standing standing(long days, int promise) {
        if (days > promise) {
            return Standing.LATE;
        }
        return days >= promise - CLOSE_WITHIN ? Standing.CLOSE : Standing.ON_TRACK;
    }
}
