package org.coproduce.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.privacy.AuditLog;
import org.coproduce.web.Labels;

/** What the register holds, in the words the audit log keeps for before and after a change. */
final class AuditedValues {

    private AuditedValues() {
    }

    static AuditLog.Subject subject(Person person) {
        return new AuditLog.Subject(person.id(), person.fullName());
    }

    static Map<String, String> of(Person person, Labels labels) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Full name", person.fullName());
        values.put("Known as", person.knownAs());
        values.put("Pronouns", person.pronouns());
        values.put("How they want to be described", person.preferredTerms());
        values.put("Words to avoid", person.termsToAvoid());
        values.put("Email", person.email());
        values.put("Phone", person.phone());
        values.put("Postal address", person.postalAddress());
        values.put("How they like to be contacted", labels.of(person.contactPreference()));
        values.put("Contact notes", person.contactNotes());
        values.put("How they are involved", words(person.roles(), labels));
        values.put("Skills", String.join(", ", person.skills()));
        values.put("Interests", person.interests());
        values.put("Archived", person.archived() ? "yes" : "no");
        return values;
    }

    static Map<String, String> of(AccessAndCommunication access, Labels labels) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Access needs", words(access.needs(), labels));
        values.put("Other access needs", access.otherNeeds());
        values.put("Formats", words(access.formats(), labels));
        return values;
    }

    static Map<String, String> of(Equality equality, Labels labels) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Age", labels.of(equality.ageBand()));
        values.put("Disability", labels.of(equality.disability()));
        values.put("Learning disability", labels.of(equality.learningDisability()));
        values.put("Ethnic group", labels.of(equality.ethnicity()));
        values.put("Gender", labels.of(equality.gender()));
        values.put("Gender in their words", equality.genderDescription());
        values.put("Sexual orientation", labels.of(equality.sexualOrientation()));
        values.put("Religion or belief", labels.of(equality.religion()));
        return values;
    }

    static Map<String, String> of(Benefits benefits, Labels labels) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Gets benefits", labels.of(benefits.status()));
        values.put("Benefits", words(benefits.benefits(), labels));
        values.put("Wants advice", benefits.adviceWanted() ? "yes" : "no");
        values.put("Note", benefits.note());
        return values;
    }

    private static String words(Collection<? extends Enum<?>> values, Labels labels) {
        return String.join(", ", labels.of(values.stream().sorted().toList()));
    }
}
