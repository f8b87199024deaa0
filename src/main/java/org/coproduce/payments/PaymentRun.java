package org.coproduce.payments;

import java.time.Instant;

/**
 * A batch of approved claims paid together. Fees (and vouchers) and expenses are added up apart, because benefits
 * treat them differently.
 *
 * @param paidAt null until finance marks it paid
 */
public record PaymentRun(long id, Instant createdAt, Instant paidAt, int claims, long feesPence, long expensesPence) {

    public boolean paid() {
        return paidAt != null;
    }

    public long totalPence() {
        return feesPence + expensesPence;
    }
}
