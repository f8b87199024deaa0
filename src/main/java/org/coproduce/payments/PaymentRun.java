package org.coproduce.payments;

import java.time.Instant;

/**
 * A batch of approved claims paid together.
 *
 * @param paidAt null until finance marks it paid
 */
public record PaymentRun(long id, Instant createdAt, Instant paidAt, int claims, long totalPence) {

    public boolean paid() {
        return paidAt != null;
    }
}
