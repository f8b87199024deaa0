package org.coproduce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class ConsentHistoryTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsentRepository consents;

    Organisation northshire;
    CurrentUser priya;
    long ayesha;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        ayesha = fixtures.person(northshire, Fixtures.ayesha());
    }

    @Test
    void withdrawingConsentKeepsTheEarlierDecisionInTheHistory() throws Exception {
        record(priya, ayesha, "PHOTOGRAPHS", "GIVEN", "IN_PERSON", "At the summer event");
        record(priya, ayesha, "PHOTOGRAPHS", "WITHDRAWN", "PHONE", null);

        List<ConsentDecision> history = consents.history(northshire.id(), ayesha);
        assertThat(history).extracting(ConsentDecision::given).containsExactly(false, true);
        assertThat(history).extracting(ConsentDecision::method).containsExactly(ConsentMethod.PHONE, ConsentMethod.IN_PERSON);
        assertThat(history).allSatisfy(decision -> assertThat(decision.recordedBy()).isEqualTo("Priya"));
        assertThat(consents.current(northshire.id(), ayesha).get(ConsentPurpose.PHOTOGRAPHS).given()).isFalse();

        mvc.perform(get("/people/" + ayesha + "/consents").with(as(priya)))
                .andExpect(content().string(containsString("Taken back")))
                .andExpect(content().string(containsString("Given")))
                .andExpect(content().string(containsString("At the summer event")))
                .andExpect(content().string(containsString("recorded by Priya")));
    }

    @Test
    void aWayOfGivingConsentThatIsNotOneOfTheChoicesIsAskedForAgainNotAnErrorPage() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/consents").with(as(priya)).with(csrf())
                        .param("purpose", "PHOTOGRAPHS").param("decision", "GIVEN").param("method", "CARRIER_PIGEON"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"method-error\"")));

        assertThat(consents.history(northshire.id(), ayesha)).isEmpty();
    }

    @Test
    void eachConsentIsSeparate() throws Exception {
        record(priya, ayesha, "CONTACT", "GIVEN", "PAPER_FORM", null);

        var current = consents.current(northshire.id(), ayesha);
        assertThat(current).containsOnlyKeys(ConsentPurpose.CONTACT);
    }

    @Test
    void aCoordinatorMustSayHowTheDecisionWasGiven() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/consents").with(as(priya)).with(csrf())
                        .param("purpose", "CONTACT").param("decision", "GIVEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how the decision was given to you")));

        assertThat(consents.history(northshire.id(), ayesha)).isEmpty();
    }

    @Test
    void aPartnerChangingTheirOwnConsentIsRecordedAsDoingItThemselvesOnline() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        record(jamie, jamie.personId(), "RECORD_SESSIONS", "WITHDRAWN", "PAPER_FORM", null);

        ConsentDecision decision = consents.history(northshire.id(), jamie.personId()).get(0);
        assertThat(decision.method()).isEqualTo(ConsentMethod.ONLINE);
        assertThat(decision.recordedBy()).isEqualTo("Jamie");
        assertThat(decision.given()).isFalse();
    }

    @Test
    void missingAnswersAreExplained() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/consents").with(as(priya)).with(csrf()))
                .andExpect(content().string(containsString("Choose what the consent is for")))
                .andExpect(content().string(containsString("Choose whether consent is given or taken back")));
    }

    private void record(CurrentUser by, long person, String purpose, String decision, String method, String note) throws Exception {
        var request = post("/people/" + person + "/consents").with(as(by)).with(csrf())
                .param("purpose", purpose).param("decision", decision).param("method", method);
        if (note != null) {
            request.param("note", note);
        }
        mvc.perform(request).andExpect(redirectedUrl("/people/" + person + "/consents"));
    }
}
