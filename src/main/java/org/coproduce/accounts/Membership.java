package org.coproduce.accounts;

import java.util.Set;

/** An account's place in one organisation: the person it is in the register, and their roles there. */
record Membership(
        long id,
        long organisationId,
        String organisationName,
        long accountId,
        String email,
        long personId,
        String displayName,
        boolean active,
        Set<Role> roles) {
}
