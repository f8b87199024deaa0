/**
 * Paying people for their time: rate cards with the day each rate takes effect, fee claims drafted when someone
 * comes to a session, and each person's choice to be paid, take a voucher, or claim expenses only. Money is always
 * whole pence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments")
package org.coproduce.payments;
