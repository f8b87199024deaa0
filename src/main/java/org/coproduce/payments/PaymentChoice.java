package org.coproduce.payments;

/**
 * How someone wants to be paid for their time. A voucher counts as earnings for benefits just as money does; only
 * "expenses only" leaves earnings untouched.
 */
public enum PaymentChoice { PAY, VOUCHER, EXPENSES_ONLY }
