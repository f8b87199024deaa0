package org.coproduce.opportunities;

import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Get involved, for other modules and demo data: opportunities and the interest people showed in them. */
@Service
@Transactional
public class Opportunities {

    private final OpportunityRepository opportunities;

    Opportunities(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    /** Keeps an opportunity as a draft, for the coordinator to preview and publish. */
    public long draft(CurrentUser by, OpportunityForm form) {
        return opportunities.add(by.organisationId(), form);
    }

    /** Adds an opportunity and publishes it straight away, as if previewed: for demo data and records from elsewhere. */
    public long publish(CurrentUser by, OpportunityForm form) {
        long id = opportunities.add(by.organisationId(), form);
        opportunities.publish(by.organisationId(), id, null);
        return id;
    }

    /** Someone's interest taken down with them, for example on the phone: as if they had sent the form. */
    public long receiveInterest(CurrentUser by, long opportunityId, InterestForm form) {
        opportunities.find(by.organisationId(), opportunityId).orElseThrow();
        return opportunities.addInterest(by.organisationId(), opportunityId, form);
    }

    public void choose(CurrentUser by, long interestId) {
        opportunities.choose(by.organisationId(), interestId, Interest.Choice.CHOSEN);
    }
}
