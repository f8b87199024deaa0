package org.coproduce.payments;

import java.time.Instant;

/**
 * One line of the ledger: a payment, or a reversal of one (a negative amount with a reason).
 */
public record LedgerEntry(long id, long personId, String personName, Long claimId, Long expenseId, Long runId, String kind, long amountPence,
        String reason, Long reversesEntryId, Instant createdAt) {
}
