package org.coproduce.opportunities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person's copy of their information holds the "get involved" forms linked to them, and those not linked to anyone
 * that came from their email address; never a form the coordinator linked to someone else.
 */
@CoproduceTest
class OpportunitiesPersonalDataTest {

    @Autowired Fixtures fixtures;
    @Autowired Opportunities opportunities;
    @Autowired OpportunityRepository repository;
    @Autowired Interests interests;
    @Autowired OpportunitiesPersonalData personalData;

    Organisation northshire;
    CurrentUser priya;
    String email;
    long jamie;
    long housing;
    long champions;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        email = Fixtures.email(northshire, "jamie");
        jamie = fixtures.person(northshire, PersonDetails.basic("Jamie Lee", "Jamie", email, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        housing = publish(priya, "Join the housing working group");
        champions = publish(priya, "Become a champion");
    }

    @Test
    void theCopyHoldsTheFormLinkedToThemWithEverythingTheyToldUs() {
        link(interest(housing, "Jamie Lee", email), jamie);
        opportunities.choose(priya, repository.interests(northshire.id(), housing).get(0).id());

        assertThat(rows(personalData.about(northshire.id(), jamie))).containsExactly(List.of("Join the housing working group",
                Dates.date(LocalDate.now(Dates.LONDON)), "Jamie Lee", email, "", "", "Email", "A BSL interpreter, please",
                "Person with lived experience, Family carer", "Chosen"));
    }

    @Test
    void theCopyHoldsAFormNotLinkedToAnyoneThatCameFromTheirEmailAddress() {
        interest(champions, "Jamie", email.toUpperCase(java.util.Locale.ROOT));

        assertThat(rows(personalData.about(northshire.id(), jamie))).extracting(row -> row.get(0), row -> row.get(2), row -> row.get(9))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Become a champion", "Jamie", "Not decided yet"));
    }

    @Test
    void aFormFromSomeoneElseOrLinkedToSomeoneElseWithTheSameAddressIsNotInTheCopy() {
        long rosa = fixtures.person(northshire, PersonDetails.basic("Rosa Lee", "Rosa", "rosa@example.org", null,
                Set.of(InvolvementRole.FAMILY_CARER)));
        interest(housing, "Rosa Lee", "rosa@example.org");
        link(interest(champions, "Rosa Lee, Jamie's mum", email), rosa);

        assertThat(personalData.about(northshire.id(), jamie).empty()).isTrue();
    }

    @Test
    void anotherOrganisationHoldsNothingAboutThemEvenFromTheSameAddress() {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        long breaks = publish(ruth, "Plan carers' breaks");
        opportunities.receiveInterest(ruth, breaks, form("Jamie Lee", email));

        assertThat(personalData.about(eastvale.id(), jamie).empty()).isTrue();
        assertThat(personalData.about(northshire.id(), jamie).empty()).isTrue();
    }

    private long publish(CurrentUser by, String title) {
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(3);
        return opportunities.publish(by, new OpportunityForm(title, "Help us make things better.", "Anyone", "Two hours a month",
                "£25 an hour", "We pay for your travel", String.valueOf(closes.getDayOfMonth()), String.valueOf(closes.getMonthValue()),
                String.valueOf(closes.getYear())));
    }

    private long interest(long opportunity, String name, String from) {
        return opportunities.receiveInterest(priya, opportunity, form(name, from));
    }

    private static InterestForm form(String name, String from) {
        return new InterestForm(name, from, null, null, "EMAIL", "A BSL interpreter, please", List.of("LIVED_EXPERIENCE", "FAMILY_CARER"), "yes");
    }

    private void link(long interestId, long personId) {
        Interest interest = java.util.stream.Stream.of(housing, champions)
                .flatMap(opportunity -> repository.interests(northshire.id(), opportunity).stream())
                .filter(i -> i.id() == interestId).findFirst().orElseThrow();
        Opportunity opportunity = repository.find(northshire.id(), interest.opportunityId()).orElseThrow();
        interests.linkToSomeoneInTheRegister(priya, opportunity, interest, personId);
    }

    private static List<List<String>> rows(PersonalData.Part part) {
        return part.tables().stream().findFirst().map(PersonalData.Table::rows).orElse(List.of());
    }
}
