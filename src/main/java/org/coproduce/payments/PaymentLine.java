package org.coproduce.payments;

import java.time.LocalDate;

/**
 * One thing to pay in a run: a fee, a voucher or an expense.
 *
 * @param type FEE, VOUCHER or EXPENSE, as the export names it
 * @param id the fee claim's or the expense claim's number
 * @param day the day of the session, or the day the money was spent
 */
public record PaymentLine(String type, long id, long personId, String personName, long amountPence, LocalDate day, String description) {

    public boolean expense() {
        return type.equals("EXPENSE");
    }

    static PaymentLine of(FeeClaim claim) {
        return new PaymentLine(claim.choice() == PaymentChoice.VOUCHER ? "VOUCHER" : "FEE", claim.id(), claim.personId(), claim.personName(),
                claim.amountPence(), claim.sessionDay(), claim.sessionTitle());
    }
}
