package org.coproduce.opportunities;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.PersonDetails;
import org.coproduce.people.Register;
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
        PersonDetails details = new PersonDetails(interest.name(), null, null, null, null, interest.email(), interest.phone(),
                interest.postalAddress(), interest.contactBy().preference(), null, interest.describesThem(), java.util.List.of(),
                "Said they were interested in: " + opportunity.title(), java.util.Set.of(), interest.supportNeeded(), java.util.Set.of());
        long personId = register.add(by.organisationId(), details);
        if (!opportunities.linkPerson(by.organisationId(), interest.id(), personId)) {
            throw new IllegalStateException("Someone else added this person at the same moment");
        }
        String note = "Agreed on the \"get involved\" form for " + opportunity.title();
        for (ConsentPurpose purpose : new ConsentPurpose[] {ConsentPurpose.CONTACT, ConsentPurpose.KEEP_INFORMATION}) {
            register.recordConsent(by.organisationId(), personId, purpose, true, ConsentMethod.ONLINE, note, by.personId());
        }
        return personId;
    }
}
