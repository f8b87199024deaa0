package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who looked at special category data and who changed people's details, as a data protection officer would ask. */
@CoproduceTest
class AuditLogTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser kwame;

    @BeforeEach
    void setUp() throws Exception {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        saveAccessNeeds("BSL_INTERPRETER");
    }

    @Test
    void aCoordinatorLookingAtSomeonesAccessNeedsIsRecordedButThePersonLookingAtTheirOwnIsNot() throws Exception {
        int before = entries("VIEWED", "ACCESS_NEEDS");

        page("/people/" + kwame.personId(), priya);
        page("/people/" + kwame.personId(), kwame);
        page("/people/" + kwame.personId() + "/access-needs", kwame);

        assertThat(entries("VIEWED", "ACCESS_NEEDS")).isEqualTo(before + 1);
        assertThat(page("/privacy/audit-log?topic=ACCESS_NEEDS", priya))
                .contains("Access needs: looked at by Priya").contains("About Kwame Mensah.").contains("On their profile");
    }

    @Test
    void aProfileWithNothingRecordedTellsNobodyAnythingSoNoViewIsRecorded() throws Exception {
        CurrentUser aisha = fixtures.member(northshire, "Aisha Begum", "Aisha", Role.PARTNER);

        page("/people/" + aisha.personId(), priya);

        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :id and action = 'VIEWED'")
                .param("id", aisha.personId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aChangeToAccessNeedsKeepsWhatTheyWereBeforeAndAfter() throws Exception {
        saveAccessNeeds("BSL_INTERPRETER", "LARGE_PRINT");

        String log = page("/privacy/audit-log?person=Kwame&topic=ACCESS_NEEDS", priya);

        assertThat(log).contains("Access needs: changed by Priya").contains("Their access needs and formats")
                .contains("was \"British Sign Language (BSL) interpreter\"")
                .contains("now \"British Sign Language (BSL) interpreter, Large print papers\"");
    }

    @Test
    void changesToDetailsRolesAndConsentAreRecordedWithWhoMadeThem() throws Exception {
        mvc.perform(post("/people/" + kwame.personId() + "/about").with(as(kwame)).with(csrf())
                .param("fullName", "Kwame Mensah").param("knownAs", "Kwame").param("pronouns", "he/him"));
        mvc.perform(post("/people/" + kwame.personId() + "/sign-in-roles").with(as(priya)).with(csrf())
                .param("roles", "PARTNER", "BOARD"));
        mvc.perform(post("/people/" + kwame.personId() + "/consents").with(as(priya)).with(csrf())
                .param("purpose", "PHOTOGRAPHS").param("decision", "GIVEN").param("method", "PAPER_FORM"));

        String log = page("/privacy/audit-log?person=Kwame", priya);
        assertThat(log).contains("Details in the register: changed by Kwame").contains("now \"he/him\"")
                .contains("Sign-in and roles: changed by Priya").contains("now \"Partner, Board member\"")
                .contains("Consent: added by Priya");
    }

    @Test
    void aChangeToASettingAboutNoOneKeepsOnlyWhatChangedAndNothingWhenNothingDid() throws Exception {
        audit.changedSetting(priya, Topic.MONEY, "The mileage rate", Map.of("Per mile", "45p", "Paid for", "cars"),
                Map.of("Per mile", "50p", "Paid for", "cars"));
        audit.changedSetting(priya, Topic.MONEY, "The mileage rate", Map.of("Per mile", "50p"), Map.of("Per mile", "50p"));

        assertThat(jdbc.sql("select count(*) from audit_event where organisation_id = :org and topic = 'MONEY' and person_id is null")
                .param("org", northshire.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(page("/privacy/audit-log?topic=MONEY", priya)).contains("Money: changed by Priya").contains("The mileage rate")
                .contains("was \"45p\"").contains("now \"50p\"").doesNotContain("cars").doesNotContain("About Kwame");
    }

    @Test
    void entriesCanBeFoundByWhoDidItAndByDay() throws Exception {
        page("/people/" + kwame.personId(), priya);
        LocalDate today = LocalDate.now(Dates.LONDON);

        assertThat(page("/privacy/audit-log?by=Priya&fromDay=" + today.getDayOfMonth() + "&fromMonth=" + today.getMonthValue()
                + "&fromYear=" + today.getYear(), priya)).contains("About Kwame Mensah");
        assertThat(page("/privacy/audit-log?by=Nobody+called+this", priya)).contains("No entries found");
        assertThat(page("/privacy/audit-log?fromDay=1&fromMonth=1&fromYear=2020&toDay=1&toMonth=1&toYear=2020", priya))
                .contains("No entries found");
        assertThat(page("/privacy/audit-log?fromDay=31&fromMonth=2&fromYear=2026", priya))
                .contains("govuk-error-summary").contains("The first day must be a real date");
    }

    @Test
    void theLogDownloadsAsASpreadsheetAndTheDownloadIsItselfRecorded() throws Exception {
        String csv = mvc.perform(get("/privacy/audit-log.csv?person=Kwame").with(as(priya)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("when,who,did,topic,about,detail,before,after,from_address").contains("Kwame Mensah");
        assertThat(page("/privacy/audit-log?topic=AUDIT_LOG", priya)).contains("The audit log: downloaded by Priya");
    }

    @Test
    void theDownloadLinkKeepsASearchWithAPlusInIt() throws Exception {
        CurrentUser ali = fixtures.member(northshire, "Ali+Sara Khan", "Ali", Role.PARTNER);
        mvc.perform(post("/people/" + ali.personId() + "/access-needs").with(as(priya)).with(csrf()).param("needs", "BSL_INTERPRETER"))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(get("/privacy/audit-log").param("person", "Ali+Sara").with(as(priya)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Ali+Sara Khan").contains("href=\"/privacy/audit-log.csv?person=Ali%2BSara\"");
    }

    @Test
    void nobodyCanChangeOrDeleteAnEntry() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'Someone else' where organisation_id = :org")
                .param("org", northshire.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where organisation_id = :org")
                .param("org", northshire.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void onlyCoordinatorsSeeTheLogAndOnlyTheirOwnOrganisations() throws Exception {
        mvc.perform(get("/privacy/audit-log").with(as(kwame))).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/audit-log").with(as(fixtures.staff(northshire)))).andExpect(status().isForbidden());
        mvc.perform(get("/privacy/audit-log.csv").with(as(kwame))).andExpect(status().isForbidden());

        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        assertThat(page("/privacy/audit-log?person=Kwame", ruth)).contains("No entries found").doesNotContain("Kwame Mensah");
        assertThat(mvc.perform(get("/privacy/audit-log.csv").with(as(ruth))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Kwame");
    }

    private void saveAccessNeeds(String... needs) throws Exception {
        mvc.perform(post("/people/" + kwame.personId() + "/access-needs").with(as(priya)).with(csrf()).param("needs", needs))
                .andExpect(status().is3xxRedirection());
    }

    private int entries(String action, String topic) {
        return jdbc.sql("select count(*) from audit_event where person_id = :id and action = :action and topic = :topic")
                .param("id", kwame.personId()).param("action", action).param("topic", topic).query(Integer.class).single();
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
