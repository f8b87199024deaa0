package org.coproduce.payments;

/**
 * How quickly people were paid lately: the median and the 95th percentile of days from session to payment, and over
 * how many payments. Both are null when nobody was paid in the period.
 */
public record PaymentSpeed(Double median, Double p95, int paid) {
}
