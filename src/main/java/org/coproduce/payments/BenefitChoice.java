package org.coproduce.payments;

/** What a person chose, once told that a fee would take them over a benefit's limit. */
public enum BenefitChoice {
    /** The whole fee, knowing what it does to their benefit. */
    FULL,
    /** A smaller fee that keeps them at or under the limit. */
    SMALLER,
    /** No fee for this session; expenses are still paid back. */
    NO_FEE
}
