package org.coproduce.payments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules for working out a fee, written down once:
 * <ul>
 * <li>the rate is the one for the activity whose start day is the latest on or before the session's day;</li>
 * <li>time paid is the session's length plus the rate's preparation time;</li>
 * <li>the fee is the hourly rate pro rata to the minute, rounded to the nearest penny, half a penny up;</li>
 * <li>it is never more than the half-day amount for up to four hours of time paid, nor the day amount for any length.</li>
 * </ul>
 */
public final class Fees {

    /** Up to this much time paid, the half-day amount is the most a fee can be. */
    public static final int HALF_DAY_MINUTES = 240;

    private Fees() {
    }

    /** The rate for an activity on a day, or empty when none had taken effect by then. */
    public static Optional<PayRate> rateOn(List<PayRate> rates, PaidActivity activity, LocalDate day) {
        return rates.stream()
                .filter(rate -> rate.activity() == activity && !rate.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(PayRate::effectiveFrom));
    }

    /** The fee in pence for a session of this many minutes at this rate, preparation time included. */
    public static long fee(PayRate rate, int sessionMinutes) {
        if (sessionMinutes < 0) {
            throw new IllegalArgumentException("A session cannot last less than no time");
        }
        long minutes = (long) sessionMinutes + rate.preparationMinutes();
        long pence = Math.addExact(Math.multiplyExact(rate.perHourPence(), minutes), 30) / 60;
        if (minutes <= HALF_DAY_MINUTES && rate.halfDayPence() != null) {
            pence = Math.min(pence, rate.halfDayPence());
        }
        if (rate.dayPence() != null) {
            pence = Math.min(pence, rate.dayPence());
        }
        return pence;
    }
}
