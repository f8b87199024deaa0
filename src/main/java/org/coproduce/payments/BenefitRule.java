package org.coproduce.payments;

/**
 * A benefit's rule about earnings. A cliff: going even a penny over the limit in a period costs the benefit (all of
 * that week's Carer's Allowance, or ESA's permitted work). A taper: above an allowance the benefit goes down by a share
 * of each pound earned (Universal Credit). The figures themselves are settings, never written here.
 */
public enum BenefitRule {
    CARERS_ALLOWANCE(Period.WEEK, false),
    ESA_PERMITTED_WORK(Period.WEEK, false),
    ESA_PERMITTED_WORK_LOWER(Period.WEEK, false),
    UC_WITH_HOUSING(Period.MONTH, true),
    UC_WITHOUT_HOUSING(Period.MONTH, true),
    /** Another benefit with a weekly limit the person gives us themselves. */
    OTHER_WEEKLY_LIMIT(Period.WEEK, false);

    public enum Period { WEEK, MONTH }

    private final Period period;
    private final boolean taper;

    BenefitRule(Period period, boolean taper) {
        this.period = period;
        this.taper = taper;
    }

    public Period period() {
        return period;
    }

    public boolean taper() {
        return taper;
    }

    public boolean cliff() {
        return !taper;
    }

    /** Whether the person must give their own limit, because there is no public figure for it. */
    public boolean needsOwnLimit() {
        return this == OTHER_WEEKLY_LIMIT;
    }
}
