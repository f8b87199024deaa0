package org.coproduce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class RegisterPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Register register;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void coordinatorSeesTheRegister() throws Exception {
        mvc.perform(get("/people").with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(containsString("Add a person")));
    }

    @Test
    void searchFindsPeopleByNameRoleSkillAndNeed() throws Exception {
        fixtures.person(northshire, Fixtures.callum());

        mvc.perform(get("/people").param("name", "ayes").with(as(priya)))
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(not(containsString("Callum Reid"))));
        mvc.perform(get("/people").param("role", "FAMILY_CARER").with(as(priya)))
                .andExpect(content().string(containsString("Callum Reid")))
                .andExpect(content().string(not(containsString("Ayesha Khan"))));
        mvc.perform(get("/people").param("skill", "urdu").with(as(priya)))
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(not(containsString("Callum Reid"))));
        mvc.perform(get("/people").param("need", "BSL_INTERPRETER").with(as(priya)))
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(not(containsString("Callum Reid"))));
    }

    @Test
    void aSearchByNeedIsRecordedForThePeopleItListsAndTheRegistersSpreadsheetForEveryoneInIt() throws Exception {
        long callum = fixtures.person(northshire, Fixtures.callum());

        mvc.perform(get("/people").param("name", "ayes").with(as(priya))).andExpect(status().isOk());
        mvc.perform(get("/people").param("need", "BSL_INTERPRETER").with(as(priya))).andExpect(status().isOk());
        mvc.perform(get("/people/export.csv").with(as(priya))).andExpect(status().isOk());

        assertThat(accessNeedEntries("VIEWED")).containsExactly(
                "Ayesha Khan: In the people search, as needing: British Sign Language (BSL) interpreter");
        assertThat(accessNeedEntries("EXPORTED")).hasSize(3)
                .contains("Ayesha Khan: The register, as a spreadsheet", "Callum Reid: The register, as a spreadsheet");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = :id and action = 'EXPORTED'").param("id", callum)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private List<String> accessNeedEntries(String action) {
        return jdbc.sql("""
                        select person_name || ': ' || detail from audit_event
                        where organisation_id = :org and topic = 'ACCESS_NEEDS' and action = :action order by id""")
                .param("org", northshire.id()).param("action", action).query(String.class).list();
    }

    @Test
    void searchTreatsPercentSignsAsText() throws Exception {
        mvc.perform(get("/people").param("name", "%").with(as(priya)))
                .andExpect(content().string(containsString("No people found")));
    }

    @Test
    void registerIsSplitIntoPagesOfTwenty() throws Exception {
        for (int i = 1; i <= 25; i++) {
            fixtures.person(northshire, PersonDetails.basic(String.format("Member %02d", i), null, null, null,
                    Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        }

        mvc.perform(get("/people").param("name", "member").with(as(priya)))
                .andExpect(content().string(containsString("25 people")))
                .andExpect(content().string(containsString("Member 20")))
                .andExpect(content().string(not(containsString("Member 21"))))
                .andExpect(content().string(containsString("href=\"/people?page=2&amp;name=member\"")));
        mvc.perform(get("/people").param("name", "member").param("page", "2").with(as(priya)))
                .andExpect(content().string(containsString("Member 21")))
                .andExpect(content().string(containsString("Showing 21 to 25 of 25")));
    }

    @Test
    void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
        mvc.perform(get("/people").param("page", "99999999999").with(as(priya)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/people").param("page", "2147483647").with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ayesha Khan")));
    }

    @Test
    void staffCanBrowseButCannotSearchBySensitiveNeeds() throws Exception {
        CurrentUser tom = fixtures.staff(northshire);
        fixtures.person(northshire, Fixtures.callum());

        mvc.perform(get("/people").param("need", "BSL_INTERPRETER").with(as(tom)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Callum Reid")))
                .andExpect(content().string(not(containsString("Access need"))))
                .andExpect(content().string(not(containsString("Add a person"))));
    }

    @Test
    void partnersCannotSeeTheRegister() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        mvc.perform(get("/people").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(get("/people/new").with(as(jamie))).andExpect(status().isForbidden());
    }

    @Test
    void addingAPersonWithMistakesShowsErrorsNextToFieldsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/people").with(as(priya)).with(csrf())
                        .param("fullName", "")
                        .param("email", "jo.example.com")
                        .param("phone", "call me"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("<a href=\"#fullName\">Enter a full name</a>")))
                .andExpect(content().string(containsString("Enter an email address in the correct format, like name@example.com")))
                .andExpect(content().string(containsString("Enter a phone number, like 01632 960 001 or 07700 900 982")))
                .andExpect(content().string(containsString("Choose at least one way this person is involved")))
                .andExpect(content().string(containsString("value=\"jo.example.com\"")))
                .andExpect(content().string(containsString("<title>Error: Add a person")));
    }

    @Test
    void errorSummaryListsErrorsInTheOrderOfTheForm() throws Exception {
        String page = mvc.perform(post("/people").with(as(priya)).with(csrf())
                        .param("fullName", "").param("email", "nope"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("href=\"#fullName\"")).isLessThan(page.indexOf("href=\"#email\""));
        assertThat(page.indexOf("href=\"#email\"")).isLessThan(page.indexOf("href=\"#roles\""));
    }

    @Test
    void coordinatorAddsAPersonAndLandsOnTheirProfile() throws Exception {
        var result = mvc.perform(post("/people").with(as(priya)).with(csrf())
                        .param("fullName", "Rosie Turner")
                        .param("knownAs", "Rosie")
                        .param("email", "rosie@example.org")
                        .param("roles", "LIVED_EXPERIENCE", "FAMILY_CARER"))
                .andExpect(redirectedUrlPattern("/people/*"))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/people/".length()));

        Person rosie = register.find(northshire.id(), id).orElseThrow();
        assertThat(rosie.fullName()).isEqualTo("Rosie Turner");
        assertThat(rosie.roles()).containsExactly(InvolvementRole.LIVED_EXPERIENCE, InvolvementRole.FAMILY_CARER);
        mvc.perform(get("/people/" + id).with(as(priya)))
                .andExpect(content().string(containsString("Rosie Turner")))
                .andExpect(content().string(containsString("Person with lived experience, Family carer")));
    }

    @Test
    void profileSaysWhoCanSeeEachPart() throws Exception {
        mvc.perform(get("/people/" + ayesha).with(as(priya)))
                .andExpect(content().string(containsString("Only coordinators and Ayesha can see this.")))
                .andExpect(content().string(containsString("British Sign Language (BSL) interpreter")));
    }

    @Test
    void staffSeeTheProfileWithoutSpecialCategoryData() throws Exception {
        CurrentUser tom = fixtures.staff(northshire);

        mvc.perform(get("/people/" + ayesha).with(as(tom)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(not(containsString("British Sign Language"))))
                .andExpect(content().string(not(containsString("Equality monitoring"))))
                .andExpect(content().string(containsString("Only coordinators and Ayesha can see them.")));
        mvc.perform(get("/people/" + ayesha + "/access-needs").with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + ayesha + "/equality").with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + ayesha + "/benefits").with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(get("/people/" + ayesha + "/about").with(as(tom))).andExpect(status().isNotFound());
    }

    @Test
    void partnerSeesAndChangesTheirOwnProfileIncludingSensitiveParts() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        mvc.perform(get("/profile").with(as(jamie))).andExpect(redirectedUrl("/people/" + jamie.personId()));
        mvc.perform(get("/people/" + jamie.personId()).with(as(jamie)))
                .andExpect(content().string(containsString("Only you and the coordinators at your organisation can see this.")));
        mvc.perform(post("/people/" + jamie.personId() + "/access-needs").with(as(jamie)).with(csrf())
                        .param("needs", "QUIET_ROOM").param("formats", "EASY_READ"))
                .andExpect(redirectedUrl("/people/" + jamie.personId()));
        mvc.perform(get("/people/" + jamie.personId()).with(as(jamie)))
                .andExpect(content().string(containsString("Quiet room")));
    }

    @Test
    void partnerCannotOpenSomeoneElsesProfile() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        mvc.perform(get("/people/" + ayesha).with(as(jamie))).andExpect(status().isNotFound());
    }

    @Test
    void editingAboutKeepsWhatWasTypedWhenThereIsAMistake() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/about").with(as(priya)).with(csrf())
                        .param("fullName", " ")
                        .param("knownAs", "Ash")
                        .param("pronouns", "she/her"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a full name")))
                .andExpect(content().string(containsString("value=\"Ash\"")));

        assertThat(register.find(northshire.id(), ayesha).orElseThrow().knownAs()).isEqualTo("Ayesha");
    }

    @Test
    void skillsCanBeTypedOnePerLineOrWithCommas() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/roles-and-skills").with(as(priya)).with(csrf())
                        .param("roles", "LIVED_EXPERIENCE")
                        .param("skills", "Drama\nPhotography, Urdu\n\nDrama"))
                .andExpect(redirectedUrl("/people/" + ayesha));

        assertThat(register.find(northshire.id(), ayesha).orElseThrow().skills())
                .containsExactlyInAnyOrder("Drama", "Photography", "Urdu");
    }

    @Test
    void equalityAnswersAreOptionalAndMayBeDeclined() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/equality").with(as(priya)).with(csrf())
                        .param("ageBand", "FROM_25_TO_34")
                        .param("ethnicity", "DECLINED"))
                .andExpect(redirectedUrl("/people/" + ayesha));

        mvc.perform(get("/people/" + ayesha).with(as(priya)))
                .andExpect(content().string(containsString("25 to 34")))
                .andExpect(content().string(containsString("Prefer not to say")));
    }

    @Test
    void benefitsNeedAnAnswerOfYesNoOrPreferNotToSay() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/benefits").with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose yes, no or prefer not to say")));
        mvc.perform(post("/people/" + ayesha + "/benefits").with(as(priya)).with(csrf())
                        .param("status", "YES").param("benefits", "ESA", "PIP").param("adviceWanted", "true"))
                .andExpect(redirectedUrl("/people/" + ayesha));

        mvc.perform(get("/people/" + ayesha).with(as(priya)))
                .andExpect(content().string(containsString("Employment and Support Allowance (ESA)")));
    }

    @Test
    void archivedPeopleLeaveTheListButStayOnRecordAndCanComeBack() throws Exception {
        mvc.perform(post("/people/" + ayesha + "/archive").with(as(priya)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + ayesha));

        mvc.perform(get("/people").with(as(priya)))
                .andExpect(content().string(not(containsString("Ayesha Khan"))));
        mvc.perform(get("/people").param("includeArchived", "true").with(as(priya)))
                .andExpect(content().string(containsString("Ayesha Khan")))
                .andExpect(content().string(containsString("Archived")));
        mvc.perform(get("/people/" + ayesha + "/about").with(as(priya))).andExpect(status().isNotFound());

        mvc.perform(post("/people/" + ayesha + "/restore").with(as(priya)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + ayesha));
        mvc.perform(get("/people").with(as(priya)))
                .andExpect(content().string(containsString("Ayesha Khan")));
    }

    @Test
    void aCoordinatorCannotArchiveThemselves() throws Exception {
        mvc.perform(post("/people/" + priya.personId() + "/archive").with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot remove your own access")));

        assertThat(register.find(northshire.id(), priya.personId()).orElseThrow().archived()).isFalse();
    }

    @Test
    void exportedRegisterHasEveryoneInImportableColumns() throws Exception {
        String csv = mvc.perform(get("/people/export.csv").with(as(priya)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", RegisterCsv.COLUMNS));
        assertThat(csv).contains("Ayesha Khan,Ayesha,she/her,A self-advocate,ayesha@example.org,07700 900 123,,lived experience,Drama; Urdu,Housing,bsl interpreter,,easy read");
    }
}
