package org.coproduce.payments;

/**
 * What a fee would do to one of a person's benefits, in words for them and for the coordinator.
 *
 * @param forPerson addressed to the person ("you")
 * @param forCoordinator about the person, by name
 * @param needsChoice true when the fee goes over a cliff and the person has not made an informed choice about it yet
 * @param smallerPence the biggest fee that stays at or under the limit, or 0 when none does
 * @param choiceMade what was chosen and when, in words, or null
 */
public record BenefitWarning(long claimId, boolean over, String forPerson, String forCoordinator, boolean needsChoice, long smallerPence,
        String choiceMade) {
}
