package org.coproduce.people;

import java.util.List;
import java.util.Set;

/** Everything needed to add a person to the register in one go: from the form, an imported spreadsheet or demo data. */
public record PersonDetails(
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
        Set<AccessNeed> accessNeeds,
        String otherAccessNeeds,
        Set<CommunicationFormat> formats) {

    public PersonDetails {
        roles = EnumSets.copy(InvolvementRole.class, roles);
        skills = skills == null ? List.of() : List.copyOf(skills);
        accessNeeds = EnumSets.copy(AccessNeed.class, accessNeeds);
        formats = EnumSets.copy(CommunicationFormat.class, formats);
    }

    /** Just a name, an email address and roles: what the "add a person" form asks for. */
    public static PersonDetails basic(String fullName, String knownAs, String email, String phone, Set<InvolvementRole> roles) {
        return new PersonDetails(fullName, knownAs, null, null, null, email, phone, null, null, null, roles, List.of(),
                null, Set.of(), null, Set.of());
    }
}
