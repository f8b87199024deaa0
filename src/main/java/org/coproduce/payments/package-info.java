/**
 * Paying people for their time and costs: rate cards with the day each rate takes effect, fee claims drafted when
 * someone comes to a session, expense claims with receipts, payment runs exported for finance systems, an append-only
 * ledger, and benefits-aware checks that warn before a fee could cost someone their benefits. Money is always whole
 * pence, and expenses are kept apart from fees in every total.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package org.coproduce.payments;
