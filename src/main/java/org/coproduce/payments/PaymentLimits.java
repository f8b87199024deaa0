package org.coproduce.payments;

import org.coproduce.web.TextLimit;

/** The longest text each of the payments forms takes; migrations V014 and V039 give the database the same numbers. */
public final class PaymentLimits {

    public static final TextLimit QUESTION = new TextLimit("The question", 1_000);
    public static final TextLimit REVERSAL_REASON = new TextLimit("The reason", 1_000);
    public static final TextLimit EXPENSE_DESCRIPTION = new TextLimit("What it was for", 500);

    private PaymentLimits() {
    }
}
