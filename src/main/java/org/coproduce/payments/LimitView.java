package org.coproduce.payments;

/** A limit figure as the settings page shows it. */
public record LimitView(String rule, String taxYear, String limit, String source, boolean entered) {
}
