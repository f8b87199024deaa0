package org.coproduce.groups;

import java.time.LocalDate;

/**
 * A spell of a person in a group, in one role.
 *
 * @param livedExperience the person has lived or caring experience (from the register)
 * @param inductionDone   induction items ticked off, out of {@code inductionTotal}
 */
public record Member(
        long id,
        long personId,
        String name,
        MemberRole role,
        LocalDate joinedOn,
        LocalDate termEndsOn,
        LocalDate leftOn,
        boolean livedExperience,
        int inductionDone,
        int inductionTotal) {

    public boolean current() {
        return leftOn == null;
    }

    public boolean inductionFinished() {
        return inductionDone >= inductionTotal;
    }
}
