package org.coproduce.projects;

/**
 * A group of people on a project's stakeholder map.
 *
 * @param oftenMissing one of the groups the source documents say are often left out
 * @param whyMissing   why they are not involved yet, when they should be
 * @param plan         what will be done about it
 */
public record Stakeholder(long id, String who, boolean oftenMissing, boolean shouldInvolve, boolean involved,
        String whyMissing, String plan) {

    /** Someone who should be involved and is not: a voice not yet heard. */
    public boolean missing() {
        return shouldInvolve && !involved;
    }

    /** Missing, and nobody has said why or what will be done. */
    public boolean unexplained() {
        return missing() && (whyMissing == null || plan == null);
    }
}
