package org.coproduce.opportunities;

import java.time.Instant;
import java.util.Set;
import org.coproduce.people.InvolvementRole;

/**
 * Someone who said they are interested in an opportunity.
 *
 * @param describesThem what they said describes them, used to keep the group diverse
 * @param choice null until the coordinator chooses
 * @param personId their place in the register, once added
 */
public record Interest(long id, long opportunityId, String name, String email, String phone, String postalAddress,
        ContactBy contactBy, String supportNeeded, Set<InvolvementRole> describesThem, Instant receivedAt, Choice choice,
        Long personId) {

    public enum Choice { CHOSEN, NOT_CHOSEN }

    public boolean chosen() {
        return choice == Choice.CHOSEN;
    }

    public boolean inRegister() {
        return personId != null;
    }
}
