package org.coproduce.demo;

import static org.coproduce.people.AccessNeed.*;
import static org.coproduce.people.InvolvementRole.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.ContactPreference;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;

/** A made-up person for the demo, written so that a list of them reads like a table. */
record DemoPerson(String fullName, String knownAs, String pronouns, String preferredTerms, String email, String phone,
        ContactPreference contact, Set<InvolvementRole> roles, List<String> skills, String interests,
        Set<AccessNeed> needs, Set<CommunicationFormat> formats) {

    static DemoPerson person(String fullName, String knownAs, String email, InvolvementRole... roles) {
        return new DemoPerson(fullName, knownAs, null, null, email, null, ContactPreference.EMAIL,
                EnumSet.copyOf(Arrays.asList(roles)), List.of(), null, Set.of(), Set.of(CommunicationFormat.STANDARD));
    }

    DemoPerson pronouns(String value) {
        return new DemoPerson(fullName, knownAs, value, preferredTerms, email, phone, contact, roles, skills, interests, needs, formats);
    }

    DemoPerson describedAs(String value) {
        return new DemoPerson(fullName, knownAs, pronouns, value, email, phone, contact, roles, skills, interests, needs, formats);
    }

    DemoPerson phone(String value, ContactPreference preferred) {
        return new DemoPerson(fullName, knownAs, pronouns, preferredTerms, email, value, preferred, roles, skills, interests, needs, formats);
    }

    DemoPerson skills(String... values) {
        return new DemoPerson(fullName, knownAs, pronouns, preferredTerms, email, phone, contact, roles, List.of(values), interests, needs, formats);
    }

    DemoPerson interests(String value) {
        return new DemoPerson(fullName, knownAs, pronouns, preferredTerms, email, phone, contact, roles, skills, value, needs, formats);
    }

    DemoPerson needs(AccessNeed... values) {
        return new DemoPerson(fullName, knownAs, pronouns, preferredTerms, email, phone, contact, roles, skills, interests,
                EnumSet.copyOf(Arrays.asList(values)), formats);
    }

    DemoPerson formats(CommunicationFormat... values) {
        return new DemoPerson(fullName, knownAs, pronouns, preferredTerms, email, phone, contact, roles, skills, interests, needs,
                EnumSet.copyOf(Arrays.asList(values)));
    }

    PersonDetails details() {
        return new PersonDetails(fullName, knownAs, pronouns, preferredTerms, null, email, phone, null, contact, null,
                roles, skills, interests, needs, null, formats);
    }
}
