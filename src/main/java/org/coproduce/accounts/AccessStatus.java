package org.coproduce.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * Whether a person in the register can sign in to this organisation, and with which roles.
 *
 * @param email             the address they sign in with, or were invited at
 * @param invitationExpires when a pending invitation stops working; null when there is none
 */
public record AccessStatus(State state, Set<Role> roles, String email, Instant invitationExpires) {

    public enum State { NONE, INVITED, ACTIVE, DEACTIVATED }

    public AccessStatus {
        roles = Set.copyOf(roles);
    }

    public boolean canSignIn() {
        return state == State.ACTIVE;
    }
}
