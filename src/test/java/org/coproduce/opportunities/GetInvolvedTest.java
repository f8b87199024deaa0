package org.coproduce.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.Register;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CoproduceTest
class GetInvolvedTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicForms forms;
    @Autowired Register register;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    long housing;
    String page;

    @BeforeEach
    void setUp() throws Exception {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        housing = publish("Join the housing working group", LocalDate.now(Dates.LONDON).plusWeeks(3));
        page = "/public/" + northshire.slug() + "/get-involved/" + housing;
    }

    @Test
    void anyoneSeesWhatTheOpportunityIsAndHowToTakePartWithoutAForm() throws Exception {
        mvc.perform(post("/publishing/settings").with(as(priya)).with(csrf()).param("phone", "01632 960 418")
                .param("postalAddress", "County Hall"));

        mvc.perform(get("/public/" + northshire.slug() + "/get-involved"))
                .andExpect(content().string(containsString("Join the housing working group")));
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("£25 an hour, and we pay for your travel")))
                .andExpect(content().string(containsString("href=\"tel:01632960418\"")))
                .andExpect(content().string(containsString("County Hall")));
    }

    @Test
    void sayingYouAreInterestedReachesTheCoordinatorsListWithOnlyTheContactDetailChosen() throws Exception {
        mvc.perform(interest("Rosa Lee").param("contactBy", "PHONE").param("phone", "07700 900 982")
                        .param("email", "rosa@example.org").param("describesThem", "FAMILY_CARER"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/opportunities/" + housing).with(as(priya)))
                .andExpect(content().string(containsString("Rosa Lee")))
                .andExpect(content().string(containsString("07700 900 982")))
                .andExpect(content().string(not(containsString("rosa@example.org"))))
                .andExpect(content().string(containsString("A BSL interpreter, please")));
    }

    @Test
    void aPersonInterestedBecomesSomeoneInTheRegisterInOneStepWithTheirConsentRecorded() throws Exception {
        mvc.perform(interest("Rosa Lee").param("contactBy", "EMAIL").param("email", "rosa@example.org")
                .param("describesThem", "LIVED_EXPERIENCE"));
        long interest = jdbc.sql("select id from expression_of_interest where organisation_id = :o").param("o", northshire.id())
                .query(Long.class).single();

        String location = mvc.perform(post("/opportunities/" + housing + "/interests/" + interest + "/register").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long person = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        var added = register.find(northshire.id(), person).orElseThrow();
        assertThat(added.fullName()).isEqualTo("Rosa Lee");
        assertThat(added.email()).isEqualTo("rosa@example.org");
        assertThat(added.roles()).containsExactly(InvolvementRole.LIVED_EXPERIENCE);
        assertThat(register.hasConsented(northshire.id(), person, ConsentPurpose.CONTACT)).isTrue();
        assertThat(register.hasConsented(northshire.id(), person, ConsentPurpose.KEEP_INFORMATION)).isTrue();

        mvc.perform(post("/opportunities/" + housing + "/interests/" + interest + "/register").with(as(priya)).with(csrf()));
        assertThat(register.everyoneCurrent(northshire.id()).stream().filter(p -> p.fullName().equals("Rosa Lee"))).hasSize(1);
    }

    @Test
    void addingSomeoneFromTheFormIsInTheAuditLogWithTheNeedsTheyToldUsAndTheConsentTheyGave() throws Exception {
        mvc.perform(interest("Rosa Lee").param("contactBy", "EMAIL").param("email", "rosa@example.org"));
        long interest = jdbc.sql("select id from expression_of_interest where organisation_id = :o").param("o", northshire.id())
                .query(Long.class).single();

        mvc.perform(post("/opportunities/" + housing + "/interests/" + interest + "/register").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select topic || ' ' || action || ': ' || detail from audit_event
                        where organisation_id = :o and person_name = 'Rosa Lee' order by id""")
                .param("o", northshire.id()).query(String.class).list())
                .hasSize(4)
                .startsWith("PERSON ADDED: Added from the \"get involved\" form, for: Join the housing working group",
                        "ACCESS_NEEDS ADDED: Added from the \"get involved\" form, for: Join the housing working group")
                .contains("CONSENT ADDED: Contact", "CONSENT ADDED: Keep their information");
    }

    @Test
    void someoneWhoMayAlreadyBeInTheRegisterIsLinkedOnlyWhenTheCoordinatorSaysSoAndTheirDecisionsStand() throws Exception {
        long rosa = register.add(northshire.id(), org.coproduce.people.PersonDetails.basic("Rosa Lee", null, "rosa@example.org", null,
                java.util.Set.of(InvolvementRole.FAMILY_CARER)));
        register.recordConsent(northshire.id(), rosa, ConsentPurpose.CONTACT, false, org.coproduce.people.ConsentMethod.PHONE,
                "Only through her daughter", priya.personId());
        mvc.perform(interest("Rosa Lee").param("contactBy", "EMAIL").param("email", "ROSA@example.org"));
        long interest = jdbc.sql("select id from expression_of_interest where opportunity_id = :o").param("o", housing).query(Long.class).single();

        mvc.perform(get("/opportunities/" + housing).with(as(priya)))
                .andExpect(content().string(containsString("This may be Rosa Lee")))
                .andExpect(content().string(containsString("Link to Rosa Lee")));
        mvc.perform(post("/opportunities/" + housing + "/interests/" + interest + "/link").param("personId", String.valueOf(rosa))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(register.everyoneCurrent(northshire.id()).stream().filter(p -> p.fullName().equals("Rosa Lee"))).hasSize(1);
        assertThat(register.hasConsented(northshire.id(), rosa, ConsentPurpose.CONTACT)).isFalse();
        assertThat(register.hasConsented(northshire.id(), rosa, ConsentPurpose.KEEP_INFORMATION)).isTrue();
    }

    @Test
    void someoneWithTheSamePhoneNumberHoweverItIsSpacedMayBeTheSamePerson() throws Exception {
        register.add(northshire.id(), org.coproduce.people.PersonDetails.basic("Kofi Mensah", null, null, "07700 900431",
                java.util.Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        mvc.perform(interest("Kofi M").param("contactBy", "PHONE").param("phone", "07700900431"));

        mvc.perform(get("/opportunities/" + housing).with(as(priya)))
                .andExpect(content().string(containsString("This may be Kofi Mensah")))
                .andExpect(content().string(containsString("same phone number")));
    }

    @Test
    void theCoordinatorSeesWhoHasBeenChosenSoFarByWhatDescribesThem() throws Exception {
        mvc.perform(interest("Sam Patel").param("contactBy", "POST").param("postalAddress", "1 High Street").param("describesThem", "PROFESSIONAL"));
        mvc.perform(interest("Rosa Lee").param("contactBy", "POST").param("postalAddress", "2 High Street").param("describesThem", "FAMILY_CARER"));
        long sam = jdbc.sql("select id from expression_of_interest where name = 'Sam Patel' and organisation_id = :o")
                .param("o", northshire.id()).query(Long.class).single();

        mvc.perform(post("/opportunities/" + housing + "/interests/" + sam + "/choice").param("choice", "CHOSEN").with(as(priya)).with(csrf()));

        mvc.perform(get("/opportunities/" + housing).with(as(priya)))
                .andExpect(content().string(containsString("1 of 2 people interested is chosen")))
                .andExpect(content().string(containsString("Nobody chosen so far said they draw on care and support or are a family carer")));
    }

    @Test
    void missingAnswersAreExplainedNextToTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post(page).with(csrf()).param(PublicForms.STAMP, forms.stamp(Instant.now().minusSeconds(30)))
                        .param("name", "Rosa Lee").param("contactBy", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#email\">Enter your email address</a>")))
                .andExpect(content().string(containsString("<a href=\"#agree\">Tick the box")))
                .andExpect(content().string(containsString("value=\"Rosa Lee\"")));
        assertThat(interests()).isZero();
    }

    @Test
    void someoneCorrectingOneAnswerStraightAwayIsNotTakenForARobot() throws Exception {
        String stamp = forms.stamp(Instant.now().minusSeconds(30));
        mvc.perform(post(page).with(csrf()).param(PublicForms.STAMP, stamp).param("name", "Rosa Lee").param("contactBy", "EMAIL")
                        .param("agree", "yes"))
                .andExpect(content().string(containsString("name=\"" + PublicForms.STAMP + "\" value=\"" + stamp + "\"")));

        mvc.perform(post(page).with(csrf()).param(PublicForms.STAMP, stamp).param("name", "Rosa Lee").param("contactBy", "EMAIL")
                        .param("email", "rosa@example.org").param("agree", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(interests()).isEqualTo(1);
    }

    @Test
    void aRobotFillingInTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
        mvc.perform(interest("Buy cheap pills").param("contactBy", "EMAIL").param("email", "spam@example.org")
                        .param(PublicForms.HONEYPOT, "http://spam.example"))
                .andExpect(status().is3xxRedirection());

        assertThat(interests()).isZero();
    }

    @Test
    void theSixthFormInAnHourFromOneAddressIsRefusedWithOtherWaysToGetInTouch() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(interest("Person " + i).param("contactBy", "POST").param("postalAddress", "1 High Street"))
                    .andExpect(status().is3xxRedirection());
        }

        mvc.perform(interest("Person 6").param("contactBy", "POST").param("postalAddress", "1 High Street"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Please try again in an hour")))
                .andExpect(content().string(containsString(northshire.contactEmail())));
        assertThat(interests()).isEqualTo(5);
    }

    @Test
    void aClosedOpportunityCannotBeSeenOrAnsweredByThePublic() throws Exception {
        mvc.perform(post("/opportunities/" + housing + "/close").with(as(priya)).with(csrf()));

        mvc.perform(get(page)).andExpect(status().isNotFound());
        mvc.perform(interest("Rosa Lee").param("contactBy", "POST").param("postalAddress", "1 High Street")).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/get-involved")).andExpect(content().string(not(containsString("housing"))));
    }

    @Test
    void aClosedOpportunityCanBeOpenedAgainBeforeItsClosingDate() throws Exception {
        mvc.perform(post("/opportunities/" + housing + "/close").with(as(priya)).with(csrf()));

        mvc.perform(post("/opportunities/" + housing + "/reopen").with(as(priya)).with(csrf()));

        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void aNewOpportunityIsADraftNobodyOutsideSeesUntilTheCoordinatorPublishesIt() throws Exception {
        long draft = draft("Join the transport group", "Help us make buses better.", LocalDate.now(Dates.LONDON).plusWeeks(3));
        String publicPage = "/public/" + northshire.slug() + "/get-involved/" + draft;

        mvc.perform(get("/opportunities/" + draft).with(as(priya)))
                .andExpect(content().string(containsString("Nobody outside can see it yet")))
                .andExpect(content().string(containsString("how it will look to everyone")))
                .andExpect(content().string(containsString("Help us make buses better.")))
                .andExpect(content().string(containsString(">Publish</button>")));
        mvc.perform(get("/public/" + northshire.slug() + "/get-involved")).andExpect(content().string(not(containsString("transport"))));
        mvc.perform(get(publicPage)).andExpect(status().isNotFound());
        mvc.perform(get(publicPage + "/thanks")).andExpect(status().isNotFound());
        mvc.perform(post(publicPage).with(csrf()).param(PublicForms.STAMP, forms.stamp(Instant.now().minusSeconds(30)))
                .param("name", "Rosa Lee").param("contactBy", "POST").param("postalAddress", "1 High Street").param("agree", "yes"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/opportunities/" + draft + "/publish").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(publicPage)).andExpect(status().isOk());
        mvc.perform(get("/opportunities/" + draft).with(as(priya))).andExpect(content().string(not(containsString("Nobody outside"))));
    }

    @Test
    void aDraftCanBeDeletedButAPublishedOpportunityCannot() throws Exception {
        long draft = draft("Join the transport group", "Help us make buses better.", LocalDate.now(Dates.LONDON).plusWeeks(3));

        mvc.perform(post("/opportunities/" + draft + "/delete").with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("Deleted the draft")));
        mvc.perform(post("/opportunities/" + housing + "/delete").with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("cannot be deleted")));

        mvc.perform(get("/opportunities/" + draft).with(as(priya))).andExpect(status().isNotFound());
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void aDraftChangedAfterTheCoordinatorPreviewedItIsNotPublishedUnseen() throws Exception {
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(3);
        long draft = draft("Join the transport group", "Help us make buses better.", closes);
        long previewed = jdbc.sql("select floor(extract(epoch from updated_at) * 1000)::bigint from opportunity where id = :id")
                .param("id", draft).query(Long.class).single();
        Thread.sleep(5);
        mvc.perform(opportunityForm("/opportunities/" + draft + "/edit", "Join the transport group", "Words someone else typed afterwards.",
                closes));

        mvc.perform(post("/opportunities/" + draft + "/publish").param("previewed", String.valueOf(previewed)).with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Someone changed it after you opened it")));

        mvc.perform(get("/public/" + northshire.slug() + "/get-involved/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void theDraftAsPreviewedIsPublished() throws Exception {
        long draft = draft("Join the transport group", "Help us make buses better.", LocalDate.now(Dates.LONDON).plusWeeks(3));
        String preview = mvc.perform(get("/opportunities/" + draft).with(as(priya))).andReturn().getResponse().getContentAsString();
        String previewed = preview.replaceAll("(?s).*name=\"previewed\" value=\"(\\d+)\".*", "$1");

        mvc.perform(post("/opportunities/" + draft + "/publish").param("previewed", previewed).with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("notice", containsString("Published")));

        mvc.perform(get("/public/" + northshire.slug() + "/get-involved/" + draft)).andExpect(status().isOk());
    }

    @Test
    void changingADraftDoesNotPublishIt() throws Exception {
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(3);
        long draft = draft("Join the transport group", "Help us make buses better.", closes);

        mvc.perform(opportunityForm("/opportunities/" + draft + "/edit", "Join the transport group", "Help us make buses and trains better.",
                        closes))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/public/" + northshire.slug() + "/get-involved/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/opportunities/" + draft).with(as(priya)))
                .andExpect(content().string(containsString("Help us make buses and trains better.")));
    }

    @Test
    void aHardToReadDraftIsPublishedOnlyWhenTheCoordinatorPublishesItAnywayAndThatIsRecorded() throws Exception {
        long draft = draft("Strategic reference group", "Stakeholders will co-produce the commissioning intentions "
                + "and operationalise the integrated transformation programme across the whole system.", LocalDate.now(Dates.LONDON).plusWeeks(3));

        mvc.perform(get("/opportunities/" + draft).with(as(priya)))
                .andExpect(content().string(containsString("Publish anyway")));
        mvc.perform(post("/opportunities/" + draft + "/publish").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + northshire.slug() + "/get-involved")).andExpect(content().string(not(containsString("Strategic"))));
        assertThat(warningsRecorded()).isZero();

        mvc.perform(post("/opportunities/" + draft + "/publish").with(as(priya)).with(csrf()).param("publishAnyway", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/public/" + northshire.slug() + "/get-involved")).andExpect(content().string(containsString("Strategic")));
        assertThat(warningsRecorded()).isEqualTo(1);
    }

    @Test
    void aPublishedOpportunityThatIsMadeHardToReadChangesOnlyWhenTheCoordinatorSavesItAnyway() throws Exception {
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(3);
        String hard = "Stakeholders will co-produce the commissioning intentions and operationalise the integrated "
                + "transformation programme across the whole system.";

        mvc.perform(opportunityForm("/opportunities/" + housing + "/edit", "Join the housing working group", hard, closes))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish anyway")))
                .andExpect(content().string(containsString("id=\"what-check\"")));
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Stakeholders"))));

        mvc.perform(opportunityForm("/opportunities/" + housing + "/edit", "Join the housing working group", hard, closes)
                        .param("publishAnyway", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page)).andExpect(content().string(containsString("Stakeholders")));
        assertThat(warningsRecorded()).isEqualTo(1);
    }

    @Test
    void aDraftWhoseClosingDateHasPassedIsNotPublished() throws Exception {
        long draft = draft("Join the transport group", "Help us make buses better.", LocalDate.now(Dates.LONDON).plusDays(1));
        jdbc.sql("update opportunity set closes_on = current_date - 1 where id = :id").param("id", draft).update();

        mvc.perform(post("/opportunities/" + draft + "/publish").with(as(priya)).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("Its closing date has passed")));

        mvc.perform(get("/opportunities/" + draft).with(as(priya)))
                .andExpect(content().string(containsString("Nobody outside can see it yet")));
    }

    @Test
    void anOpportunityNeedsEverythingPeopleNeedToDecide() throws Exception {
        mvc.perform(post("/opportunities/new").with(as(priya)).with(csrf()).param("title", "Join us"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#pay\">Say what we pay, and which expenses we cover. If it is unpaid, say so</a>")))
                .andExpect(content().string(containsString("<a href=\"#closesOn\">Enter the closing date</a>")));
    }

    @Test
    void anotherOrganisationCanNeverSeeOrActOnTheInterest() throws Exception {
        mvc.perform(interest("Rosa Lee").param("contactBy", "POST").param("postalAddress", "1 High Street"));
        long interest = jdbc.sql("select id from expression_of_interest where organisation_id = :o").param("o", northshire.id())
                .query(Long.class).single();
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);

        mvc.perform(get("/opportunities/" + housing).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/opportunities/" + housing + "/interests/" + interest + "/register").with(as(ruth)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/opportunities").with(as(ruth))).andExpect(content().string(not(containsString("housing"))));
        mvc.perform(get("/public/" + eastvale.slug() + "/get-involved/" + housing)).andExpect(status().isNotFound());
        long draft = draft("Join the transport group", "Help us make buses better.", LocalDate.now(Dates.LONDON).plusWeeks(3));
        mvc.perform(post("/opportunities/" + draft + "/publish").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/get-involved/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/opportunities/" + housing).with(as(fixtures.partner(northshire)))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder interest(String name) {
        return post(page).with(csrf()).param(PublicForms.STAMP, forms.stamp(Instant.now().minusSeconds(30)))
                .param("name", name).param("supportNeeded", "A BSL interpreter, please").param("agree", "yes");
    }

    private long publish(String title, LocalDate closes) throws Exception {
        long id = draft(title, "Help us make housing better.", closes);
        mvc.perform(post("/opportunities/" + id + "/publish").with(as(priya)).with(csrf())).andExpect(status().is3xxRedirection());
        return id;
    }

    private long draft(String title, String what, LocalDate closes) throws Exception {
        String location = mvc.perform(opportunityForm("/opportunities/new", title, what, closes))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder opportunityForm(String path, String title, String what, LocalDate closes) {
        return post(path).with(as(priya)).with(csrf())
                .param("title", title).param("what", what)
                .param("whoFor", "People who rent their home, and family carers.").param("timeNeeded", "2 hours a month.")
                .param("pay", "£25 an hour, and we pay for your travel.").param("support", "Easy read papers and a buddy.")
                .param("closesOnDay", String.valueOf(closes.getDayOfMonth())).param("closesOnMonth", String.valueOf(closes.getMonthValue()))
                .param("closesOnYear", String.valueOf(closes.getYear()));
    }

    private int warningsRecorded() {
        return jdbc.sql("select count(*) from writing_warning where organisation_id = :o and what like 'Opportunity:%'")
                .param("o", northshire.id()).query(Integer.class).single();
    }

    private int interests() {
        return jdbc.sql("select count(*) from expression_of_interest where organisation_id = :o").param("o", northshire.id())
                .query(Integer.class).single();
    }
}
