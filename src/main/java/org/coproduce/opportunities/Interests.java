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
import org.coproduce.web.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning someone who said they are interested into a person in the register, in one step. */
@Service
@Transactional
class Interests {

    private final OpportunityRepository opportunities;
    private final Register register;

    Interests(OpportunityRepository opportunities, Register register) {
        this.opportunities = opportunities;
        this.register = register;
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
        long personId = sameEmail(by.organisationId(), interest.email()).orElseGet(() -> register.add(by.organisationId(),
                new PersonDetails(interest.name(), null, null, null, null, interest.email(), interest.phone(),
                        interest.postalAddress(), interest.contactBy().preference(), null, interest.describesThem(), List.of(),
                        "Said they were interested in: " + opportunity.title(), Set.of(), interest.supportNeeded(), Set.of())));
        if (!opportunities.linkPerson(by.organisationId(), interest.id(), personId)) {
            // Someone else added them a moment ago: this transaction rolls back, and that person is the one.
            throw new AlreadyAdded(opportunities.interest(by.organisationId(), opportunity.id(), interest.id())
                    .map(Interest::personId).orElse(personId));
        }
        String note = "On the \"get involved\" form on " + Dates.date(interest.receivedAt())
                + ", they agreed we can keep their details and get in touch with them about: " + opportunity.title();
        for (ConsentPurpose purpose : new ConsentPurpose[] {ConsentPurpose.CONTACT, ConsentPurpose.KEEP_INFORMATION}) {
            if (!register.hasConsented(by.organisationId(), personId, purpose)) {
                register.recordConsent(by.organisationId(), personId, purpose, true, ConsentMethod.ONLINE, note, by.personId());
            }
        }
        return personId;
    }

    /** Someone already in the register with the same email address: the same person, interested again. */
    private Optional<Long> sameEmail(long organisationId, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return register.everyoneCurrent(organisationId).stream()
                .filter(p -> p.email() != null && p.email().equalsIgnoreCase(email))
                .map(Person::id).findFirst();
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
