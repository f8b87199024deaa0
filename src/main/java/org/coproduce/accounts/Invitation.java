package org.coproduce.accounts;

import java.time.Instant;
import java.util.Set;

record Invitation(long id, long organisationId, String organisationName, long personId, String personName,
        String email, Set<Role> roles, Instant expiresAt) {
}
