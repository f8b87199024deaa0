package org.coproduce.payments;

import java.time.LocalDate;

/**
 * A line of a person's statement: a payment to them, or a correction of one.
 *
 * @param paidOn the day it was paid, or the day a payment was reversed
 * @param kind FEE, VOUCHER, EXPENSE or REVERSAL
 * @param expense whether it pays back (or corrects the paying back of) money spent, rather than paying for time
 * @param day the session's day, or the day the money was spent
 * @param reason why a payment was reversed; null otherwise
 */
public record StatementLine(LocalDate paidOn, String kind, boolean expense, long amountPence, String what, LocalDate day, String reason) {
}
