package org.coproduce.people;

import java.util.Set;

/**
 * Whether a person gets benefits that earnings from paid involvement could affect, so that a payment never costs
 * them their benefits. Special category data: only coordinators and the person themselves see it.
 *
 * @param status       null when the person has not been asked yet
 * @param adviceWanted the person would like independent welfare-rights advice
 */
public record Benefits(BenefitsStatus status, Set<Benefit> benefits, boolean adviceWanted, String note) {

    public static final Benefits NOT_ANSWERED = new Benefits(null, Set.of(), false, null);

    public enum BenefitsStatus { YES, NO, DECLINED }

    public enum Benefit { UNIVERSAL_CREDIT, ESA, PIP, CARERS_ALLOWANCE, HOUSING_BENEFIT, PENSION_CREDIT, ATTENDANCE_ALLOWANCE, OTHER }

    public Benefits {
        benefits = Set.copyOf(benefits);
    }
}
