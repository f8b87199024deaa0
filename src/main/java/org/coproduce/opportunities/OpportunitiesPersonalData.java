package org.coproduce.opportunities;

import java.util.Arrays;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Component;

/** Get involved's part of someone's copy of their information: what they told us when they said they were interested. */
@Component
class OpportunitiesPersonalData implements PersonalData {

    private final OpportunityRepository opportunities;
    private final Labels labels;

    OpportunitiesPersonalData(OpportunityRepository opportunities, Labels labels) {
        this.opportunities = opportunities;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<List<String>> interests = opportunities.interestsOf(organisationId, personId).stream()
                .map(interest -> Arrays.asList(
                        opportunities.find(organisationId, interest.opportunityId()).map(Opportunity::title).orElse(""),
                        Dates.date(interest.receivedAt()), interest.name(), interest.email(), interest.phone(), interest.postalAddress(),
                        labels.of(interest.contactBy()), interest.supportNeeded(),
                        String.join(", ", labels.of(interest.describesThem().stream().sorted().toList())),
                        interest.choice() == null ? "Not decided yet" : interest.chosen() ? "Chosen" : "Not chosen"))
                .toList();
        return Part.of("When you said you were interested in getting involved",
                "What you told us on a \"get involved\" form, and whether you were chosen. We keep this to get in touch with you "
                        + "about the chance you were interested in, and to keep each group diverse.",
                new Table("What you told us", List.of("Chance to get involved", "Sent on", "Name", "Email address", "Phone number",
                        "Address", "How to get in touch", "Support you need", "What describes you", "Chosen"), interests));
    }
}
