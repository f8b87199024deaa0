package org.coproduce.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person in the register, without their special category data (which is read separately, by those allowed).
 *
 * @param knownAs        the name they like to be called, if different
 * @param preferredTerms how they want to be described, in their words
 * @param termsToAvoid   words they have asked us not to use about them
 */
public record Person(
        long id,
        String fullName,
        String knownAs,
        String pronouns,
        String preferredTerms,
        String termsToAvoid,
        String email,
        String phone,
        String postalAddress,
        ContactPreference contactPreference,
        String contactNotes,
        Set<InvolvementRole> roles,
        List<String> skills,
        String interests,
        Instant createdAt,
        Instant archivedAt) {

    public Person {
        roles = EnumSets.copy(InvolvementRole.class, roles);
        skills = List.copyOf(skills);
    }

    /** The name to use when speaking to or about them. */
    public String displayName() {
        return knownAs == null || knownAs.isBlank() ? fullName : knownAs;
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
