package org.coproduce.payments;

import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.web.Dates;

/**
 * A batch of approved claims paid together. Fees (and vouchers) and expenses are added up apart, because benefits
 * treat them differently.
 *
 * @param paidAt when finance marked it paid; null until then
 * @param paidOn the day finance says the money was paid, which may be before they marked it; null until then
 */
public record PaymentRun(long id, Instant createdAt, Instant paidAt, LocalDate paidOn, int claims, long feesPence, long expensesPence) {

    public boolean paid() {
        return paidAt != null;
    }

    public long totalPence() {
        return feesPence + expensesPence;
    }

    /** Why the money cannot have been paid on this day, in words for the person marking it paid; null when it can. */
    String problemWithPaidOn(LocalDate day, LocalDate today) {
        LocalDate made = createdAt.atZone(Dates.LONDON).toLocalDate();
        if (day.isAfter(today)) {
            return "The day it was paid must be today or in the past";
        }
        if (day.isBefore(made)) {
            return "The day it was paid must be on or after " + Dates.date(made) + ", the day the payment run was made";
        }
        return null;
    }
}
