package org.coproduce.payments;

import java.time.LocalDate;

/**
 * What an activity pays, from a day on.
 *
 * @param halfDayPence       the most paid for up to four hours, or null for no cap
 * @param dayPence           the most paid for a day, or null for no cap
 * @param preparationMinutes time paid on top of the session, for preparing and reading papers
 */
public record PayRate(long id, PaidActivity activity, long perHourPence, Long halfDayPence, Long dayPence, int preparationMinutes,
        LocalDate effectiveFrom) {
}
