package org.coproduce.payments;

/** A recorded benefit as the page shows it. */
public record BenefitView(BenefitRule rule, String name, String detail) {
}
