package org.coproduce.payments;

import java.time.LocalDate;
import java.util.List;

/**
 * Money someone spent to take part, to be paid back in full.
 *
 * @param sessionId the session it was spent for, or null
 * @param milesTenths for mileage, the distance in tenths of a mile; otherwise null
 * @param claimedOn the day the claim was made: money cannot be paid back before it is asked for
 */
public record ExpenseClaim(long id, long personId, String personName, Long sessionId, String sessionTitle, ExpenseKind kind,
        LocalDate spentOn, LocalDate claimedOn, String description, Integer milesTenths, Integer pencePerMile, long amountPence, ClaimStatus status,
        String queryReason, List<Receipt> receipts) {

    /** A receipt's name, for a link to it. */
    public record Receipt(long id, String fileName) {
    }

    /** For example "12.5 miles at 45p a mile". */
    public String milesWorking() {
        if (milesTenths == null) {
            return null;
        }
        String miles = milesTenths % 10 == 0 ? String.valueOf(milesTenths / 10) : milesTenths / 10 + "." + milesTenths % 10;
        return miles + (milesTenths == 10 ? " mile" : " miles") + " at " + pencePerMile + "p a mile";
    }

    /** The day the wait to be paid back starts: the day the money was spent, or the day it was claimed if later. */
    public LocalDate waitingSince() {
        return claimedOn.isAfter(spentOn) ? claimedOn : spentOn;
    }

    public boolean needsReceipt() {
        return kind != ExpenseKind.MILEAGE && receipts.isEmpty();
    }

    ExpenseClaim withReceipts(List<Receipt> all) {
        return new ExpenseClaim(id, personId, personName, sessionId, sessionTitle, kind, spentOn, claimedOn, description, milesTenths, pencePerMile,
                amountPence, status, queryReason, all);
    }
}
