package org.coproduce.opportunities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.PersonDetails;
import org.coproduce.people.Register;
import org.coproduce.people.RegisterChanges;
import org.coproduce.web.Dates;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning someone who said they are interested into a person in the register, in one step. */
@Service
@Transactional
class Interests {

    private final OpportunityRepository opportunities;
    private final Register register;
    private final RegisterChanges changes;

    Interests(OpportunityRepository opportunities, Register register, RegisterChanges changes) {
        this.opportunities = opportunities;
        this.register = register;
        this.changes = changes;
    }

    /**
     * Adds them to the register with what they told us, and records the consent they gave on the form: to be contacted
     * and to have their details kept. Does nothing if they are in the register already.
     *
     * @return the person's id in the register
     */
    long addToRegister(CurrentUser by, Opportunity opportunity, Interest interest) {
        if (interest.inRegister()) {
            return interest.personId();
        }
        long personId = changes.add(by, new PersonDetails(interest.name(), null, null, null, null,
                interest.email(), interest.phone(), interest.postalAddress(), interest.contactBy().preference(), null,
                interest.describesThem(), List.of(), "Said they were interested in: " + opportunity.title(), Set.of(),
                interest.supportNeeded(), Set.of()), "Added from the \"get involved\" form, for: " + opportunity.title());
        link(by, opportunity, interest, personId);
        return personId;
    }

    /**
     * Links the interest to someone already in the register, whom the coordinator recognised. Their consent is taken
     * from the form only for what they were never asked before: a decision in the register, such as having said no to
     * being contacted, is theirs to change, not a form's.
     */
    void linkToSomeoneInTheRegister(CurrentUser by, Opportunity opportunity, Interest interest, long personId) {
        if (register.find(by.organisationId(), personId).isEmpty()) {
            throw new NotFoundException();
        }
        link(by, opportunity, interest, personId);
    }

    /** Someone in the register with the same email address or phone number, who may be the same person. */
    Optional<Person> lookalike(Interest interest, List<Person> everyone) {
        return everyone.stream()
                .filter(p -> same(p.email(), interest.email()) || sameNumber(p.phone(), interest.phone()))
                .findFirst();
    }

    private void link(CurrentUser by, Opportunity opportunity, Interest interest, long personId) {
        if (!opportunities.linkPerson(by.organisationId(), interest.id(), personId)) {
            // Someone else added them a moment ago: this transaction rolls back, and that person is the one.
            throw new AlreadyAdded(opportunities.interest(by.organisationId(), opportunity.id(), interest.id())
                    .map(Interest::personId).orElse(personId));
        }
        String note = "On the \"get involved\" form on " + Dates.date(interest.receivedAt())
                + ", they agreed we can keep their details and get in touch with them about: " + opportunity.title();
        Person person = register.find(by.organisationId(), personId).orElseThrow(NotFoundException::new);
        for (ConsentPurpose purpose : new ConsentPurpose[] {ConsentPurpose.CONTACT, ConsentPurpose.KEEP_INFORMATION}) {
            if (register.latestConsent(by.organisationId(), personId, purpose).isEmpty()) {
                changes.consent(by, person, purpose, true, ConsentMethod.ONLINE, note);
            }
        }
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    /** The same phone number however it was spaced, if it has enough digits to be a number at all. */
    private static boolean sameNumber(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String digits = digits(a);
        return digits.length() >= 6 && digits.equals(digits(b));
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /** The interest became a person in the register while this request was adding them. */
    static class AlreadyAdded extends RuntimeException {
        final long personId;

        AlreadyAdded(long personId) {
            super("Already in the register", null, false, false);
            this.personId = personId;
        }
    }
}
