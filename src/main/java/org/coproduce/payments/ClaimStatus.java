package org.coproduce.payments;

/** Where a fee claim has got to. A withdrawn claim is one whose person turned out not to have come. */
public enum ClaimStatus { DRAFT, APPROVED, QUERIED, PAID, WITHDRAWN }
