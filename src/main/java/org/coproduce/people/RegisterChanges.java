package org.coproduce.people;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to someone in the register made by a person using Coproduce, each written to the audit log with what it was
 * before and after, in the same transaction: a change is never saved without its entry, nor recorded without being saved.
 * Other modules that add people or record their consent, such as from a "get involved" form, do it here.
 */
@Service
public class RegisterChanges {

    private final PersonRepository people;
    private final SensitiveInformationRepository sensitive;
    private final Register register;
    private final ConsentRepository consents;
    private final AuditLog audit;
    private final Labels labels;

    RegisterChanges(PersonRepository people, SensitiveInformationRepository sensitive, Register register,
            ConsentRepository consents, AuditLog audit, Labels labels) {
        this.consents = consents;
        this.people = people;
        this.sensitive = sensitive;
        this.register = register;
        this.audit = audit;
        this.labels = labels;
    }

    /**
     * @param how how they came to be added, in words, such as "Added from a spreadsheet"
     * @return their id in the register
     */
    @Transactional
    public long add(CurrentUser by, PersonDetails details, String how) {
        long id = register.add(by.organisationId(), details);
        Person added = people.find(by.organisationId(), id).orElseThrow();
        audit.added(by, Topic.PERSON, AuditedValues.subject(added), how, AuditedValues.of(added, labels));
        AccessAndCommunication access = sensitive.accessAndCommunication(by.organisationId(), id);
        if (!access.isEmpty()) {
            audit.added(by, Topic.ACCESS_NEEDS, AuditedValues.subject(added), how, AuditedValues.of(access, labels));
        }
        return id;
    }

    @Transactional
    void about(CurrentUser by, Person before, PeopleForms.About form) {
        people.updateAbout(by.organisationId(), before.id(), form.fullName(), form.knownAs(), form.pronouns(),
                form.preferredTerms(), form.termsToAvoid());
        recordChange(by, before, "Their name and how they want to be described");
    }

    @Transactional
    void contact(CurrentUser by, Person before, PeopleForms.Contact form) {
        people.updateContact(by.organisationId(), before.id(), form.email(), form.phone(), form.postalAddress(),
                form.contactPreference(), form.contactNotes());
        recordChange(by, before, "Their contact details");
    }

    @Transactional
    void rolesAndSkills(CurrentUser by, Person before, PeopleForms.RolesAndSkills form) {
        people.updateRolesSkillsInterests(by.organisationId(), before.id(), form.roles(), form.skillList(), form.interests());
        recordChange(by, before, "How they are involved, their skills and interests");
    }

    @Transactional
    void accessNeeds(CurrentUser by, Person person, AccessAndCommunication now) {
        AccessAndCommunication before = sensitive.accessAndCommunication(by.organisationId(), person.id());
        sensitive.saveAccessAndCommunication(by.organisationId(), person.id(), now);
        audit.changed(by, Topic.ACCESS_NEEDS, AuditedValues.subject(person), "Their access needs and formats",
                AuditedValues.of(before, labels), AuditedValues.of(now, labels));
    }

    @Transactional
    void equality(CurrentUser by, Person person, Equality now) {
        Equality before = sensitive.equality(by.organisationId(), person.id());
        sensitive.saveEquality(by.organisationId(), person.id(), now);
        audit.changed(by, Topic.EQUALITY, AuditedValues.subject(person), "Their equality answers",
                AuditedValues.of(before, labels), AuditedValues.of(now, labels));
    }

    @Transactional
    void benefits(CurrentUser by, Person person, Benefits now) {
        Benefits before = sensitive.benefits(by.organisationId(), person.id());
        sensitive.saveBenefits(by.organisationId(), person.id(), now);
        audit.changed(by, Topic.BENEFITS, AuditedValues.subject(person), "What they told us about benefits",
                AuditedValues.of(before, labels), AuditedValues.of(now, labels));
    }

    @Transactional
    public void consent(CurrentUser by, Person person, ConsentPurpose purpose, boolean given, ConsentMethod method, String note) {
        consents.record(by.organisationId(), person.id(), purpose, given, method, note, by.personId());
        audit.added(by, Topic.CONSENT, AuditedValues.subject(person), labels.of(purpose), java.util.Map.of(
                "Decision", given ? "given" : "taken back", "How", labels.of(method), "Note", note == null ? "" : note));
    }

    /** Records a change to the person's row, whatever the change was, by reading what is now saved. */
    void recordChange(CurrentUser by, Person before, String what) {
        Person after = people.find(by.organisationId(), before.id()).orElseThrow();
        audit.changed(by, Topic.PERSON, AuditedValues.subject(before), what, AuditedValues.of(before, labels),
                AuditedValues.of(after, labels));
    }
}
