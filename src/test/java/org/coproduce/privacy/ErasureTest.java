package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Erasing a person who asked: a dry run first, then everything at once, leaving only the fact that it happened. */
@CoproduceTest
class ErasureTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Erasure erasure;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser kwame;

    @BeforeEach
    void setUp() throws Exception {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        mvc.perform(post("/people/" + kwame.personId() + "/access-needs").with(as(priya)).with(csrf()).param("needs", "BSL_INTERPRETER"));
        mvc.perform(post("/people/" + kwame.personId() + "/consents").with(as(priya)).with(csrf())
                .param("purpose", "PHOTOGRAPHS").param("decision", "GIVEN").param("method", "PAPER_FORM"));
        mvc.perform(post("/people/" + kwame.personId() + "/about").with(as(kwame)).with(csrf())
                .param("fullName", "Kwame Mensah").param("knownAs", "Kwame").param("pronouns", "he/him"));
        mvc.perform(get("/people/" + kwame.personId()).with(as(priya)));
    }

    @Test
    void theDryRunSaysWhatWillBeDeletedAnonymisedAndKeptAndChangesNothing() {
        List<Forgetting.Consequence> plan = erasure.plan(northshire.id(), kwame.personId());

        assertThat(plan).filteredOn(c -> c.fate() == Forgetting.Fate.DELETED).extracting(Forgetting.Consequence::what)
                .contains("Their access needs and formats", "1 consent decision",
                        "Their sign-in, and their account if they use Coproduce nowhere else");
        assertThat(plan).filteredOn(c -> c.fate() == Forgetting.Fate.ANONYMISED).extracting(Forgetting.Consequence::what)
                .contains("Their entry in the register").anyMatch(what -> what.endsWith("entries in the audit log"));
        assertThat(plan).filteredOn(c -> c.fate() != Forgetting.Fate.DELETED).allSatisfy(c -> assertThat(c.why()).isNotBlank());
        assertThat(name(kwame)).isEqualTo("Kwame Mensah");
    }

    @Test
    void erasingLeavesNoNameNoDetailsNoSignInAndNothingInTheAuditLogThatSaysWhoTheyWere() {
        erasure.erase(priya, kwame.personId(), LocalDate.now(), "They asked us to, by letter");

        assertThat(name(kwame)).isEqualTo("Erased person");
        assertThat(jdbc.sql("select count(*) from person where id = :id and (email is not null or pronouns is not null or erased_at is null)")
                .param("id", kwame.personId()).query(Integer.class).single()).isZero();
        for (String table : List.of("person_access_need", "consent_event", "membership")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where person_id = :id").param("id", kwame.personId())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(:email)").param("email", kwame.email())
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where organisation_id = :org and (person_name ilike '%Kwame%' or actor_name ilike '%Kwame%'
                                                           or before::text ilike '%Kwame%' or after::text ilike '%he/him%')
                        """).param("org", northshire.id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select reason from erasure where person_id = :id").param("id", kwame.personId())
                .query(String.class).single()).isEqualTo("They asked us to, by letter");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :id and detail like 'Erased at their request%'")
                .param("id", kwame.personId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theOnlyCoordinatorCannotBeErasedAndNothingIsHalfDone() {
        CurrentUser helen = fixtures.member(northshire, "Helen Ward", "Helen", Role.BOARD, Role.COORDINATOR);
        jdbc.sql("update membership set active = false where person_id = :id").param("id", helen.personId()).update();

        assertThatThrownBy(() -> erasure.erase(helen, priya.personId(), LocalDate.now(), "Asked"))
                .isInstanceOf(Refused.class);

        assertThat(name(priya)).isEqualTo("Priya Shah");
        assertThat(jdbc.sql("select count(*) from erasure where person_id = :id").param("id", priya.personId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theDryRunPageShowsWhatWillHappenAndChangesNothing() throws Exception {
        String page = page("/privacy/erasure?personId=" + kwame.personId(), priya);

        assertThat(page).contains("Erase Kwame Mensah").contains("What will be deleted").contains("Their access needs and formats")
                .contains("What will stay, without their name").contains("What must be kept, and why");
        assertThat(name(kwame)).isEqualTo("Kwame Mensah");
    }

    @Test
    void erasingNeedsTheDayTheyAskedAReasonAndTheTickAndLosesNothingWhenOneIsMissing() throws Exception {
        String page = mvc.perform(post("/privacy/erasure").with(as(priya)).with(csrf()).param("personId", String.valueOf(kwame.personId()))
                        .param("reason", "They asked us to, by letter"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("Enter the day they asked to be erased")
                .contains("Tick the box to say this is the right person").contains("They asked us to, by letter");
        assertThat(name(kwame)).isEqualTo("Kwame Mensah");
    }

    @Test
    void aCoordinatorErasesSomeoneAndThePrivacyPageSaysSoWithoutTheirName() throws Exception {
        LocalDate today = LocalDate.now(org.coproduce.web.Dates.LONDON);
        mvc.perform(post("/privacy/erasure").with(as(priya)).with(csrf()).param("personId", String.valueOf(kwame.personId()))
                        .param("receivedDay", String.valueOf(today.getDayOfMonth())).param("receivedMonth", String.valueOf(today.getMonthValue()))
                        .param("receivedYear", String.valueOf(today.getYear())).param("reason", "They asked us to, by letter").param("sure", "yes"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/privacy/requests"));

        assertThat(name(kwame)).isEqualTo("Erased person");
        assertThat(page("/privacy/requests", priya)).contains("by Priya. They asked us to, by letter").doesNotContain("Kwame");
    }

    @Test
    void nobodyCanEraseThemselvesAndOnlyCoordinatorsOfTheirOwnOrganisationCanEraseAnyone() throws Exception {
        assertThat(mvc.perform(post("/privacy/erasure").with(as(priya)).with(csrf()).param("personId", String.valueOf(priya.personId()))
                .param("reason", "x").param("sure", "yes")).andReturn().getResponse().getContentAsString())
                .contains("You cannot erase yourself");
        mvc.perform(get("/privacy/erasure").with(as(kwame))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        assertThat(mvc.perform(post("/privacy/erasure").with(as(ruth)).with(csrf()).param("personId", String.valueOf(kwame.personId()))
                .param("receivedDay", "1").param("receivedMonth", "1").param("receivedYear", "2026").param("reason", "x").param("sure", "yes"))
                .andReturn().getResponse().getContentAsString()).contains("Choose who to erase").doesNotContain("Kwame");
        assertThat(page("/privacy/erasure?personId=" + kwame.personId(), ruth)).doesNotContain("Kwame");
        assertThat(name(kwame)).isEqualTo("Kwame Mensah");
    }

    @Test
    void someoneAlreadyErasedCannotBeChosenOrErasedAgain() throws Exception {
        erasure.erase(priya, kwame.personId(), LocalDate.now(), "They asked us to, by letter");

        assertThat(page("/privacy/erasure", priya)).doesNotContain("Erased person");
        assertThat(mvc.perform(post("/privacy/erasure").with(as(priya)).with(csrf()).param("personId", String.valueOf(kwame.personId()))
                .param("receivedDay", "1").param("receivedMonth", "1").param("receivedYear", "2026").param("reason", "Again").param("sure", "yes"))
                .andReturn().getResponse().getContentAsString()).contains("Choose who to erase");
        assertThat(jdbc.sql("select count(*) from erasure where person_id = :id").param("id", kwame.personId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String name(CurrentUser person) {
        return jdbc.sql("select full_name from person where id = :id").param("id", person.personId()).query(String.class).single();
    }
}
