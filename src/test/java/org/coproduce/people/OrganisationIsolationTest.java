package org.coproduce.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One organisation can never see or change another's people, whatever page or action it tries,
 * and a partner can never open anyone's profile but their own.
 */
@CoproduceTest
class OrganisationIsolationTest {

    /** Every page and action of the register that names a person. */
    static Stream<String> personPages() {
        return Stream.of(
                "GET /people/{id}",
                "GET /people/{id}/about", "POST /people/{id}/about",
                "GET /people/{id}/contact", "POST /people/{id}/contact",
                "GET /people/{id}/roles-and-skills", "POST /people/{id}/roles-and-skills",
                "GET /people/{id}/access-needs", "POST /people/{id}/access-needs",
                "GET /people/{id}/equality", "POST /people/{id}/equality",
                "GET /people/{id}/benefits", "POST /people/{id}/benefits",
                "GET /people/{id}/consents", "POST /people/{id}/consents",
                "GET /people/{id}/archive", "POST /people/{id}/archive", "POST /people/{id}/restore",
                "GET /people/{id}/invite", "POST /people/{id}/invite", "POST /people/{id}/withdraw-invitation",
                "GET /people/{id}/sign-in-roles", "POST /people/{id}/sign-in-roles",
                "POST /people/{id}/deactivate", "POST /people/{id}/reactivate");
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    Organisation eastvale;
    CurrentUser ruthInEastvale;
    CurrentUser jamieInNorthshire;
    long ayeshaInNorthshire;
    String northshireBefore;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        eastvale = fixtures.organisation("Eastvale Forum");
        fixtures.coordinator(northshire);
        ruthInEastvale = fixtures.member(eastvale, "Ruth Evans", "Ruth", org.coproduce.accounts.Role.COORDINATOR);
        jamieInNorthshire = fixtures.partner(northshire);
        ayeshaInNorthshire = fixtures.person(northshire, Fixtures.ayesha());
        northshireBefore = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personPages")
    void coordinatorOfAnotherOrganisationGetsNotFound(String page) throws Exception {
        int status = mvc.perform(request(page, ayeshaInNorthshire).with(as(ruthInEastvale)).with(csrf()))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(404);
        assertThat(snapshot()).isEqualTo(northshireBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personPages")
    void partnerGetsNotFoundForSomeoneElse(String page) throws Exception {
        int status = mvc.perform(request(page, ayeshaInNorthshire).with(as(jamieInNorthshire)).with(csrf()))
                .andReturn().getResponse().getStatus();

        assertThat(status).isIn(403, 404);
        assertThat(snapshot()).isEqualTo(northshireBefore);
    }

    @Test
    void searchingNeverFindsAnotherOrganisationsPeople() throws Exception {
        String page = mvc.perform(get("/people").param("name", "Ayesha").with(as(ruthInEastvale)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("Ayesha Khan").contains("No people found");
    }

    @Test
    void exportHoldsOnlyTheOrganisationsOwnPeople() throws Exception {
        String csv = mvc.perform(get("/people/export.csv").with(as(ruthInEastvale)))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).contains("Ruth Evans").doesNotContain("Ayesha Khan").doesNotContain("Priya Shah");
    }

    @Test
    void anotherOrganisationsImportCannotBeSeenOrConfirmed() throws Exception {
        Organisation westfield = fixtures.organisation("Westfield");
        CurrentUser priya = fixtures.coordinator(westfield);
        var file = new MockMultipartFile("file", "people.csv", "text/csv", "full_name\nZara Ahmed\n".getBytes());
        String preview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/people/import")
                        .file(file).with(as(priya)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(mvc.perform(get(preview).with(as(ruthInEastvale))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(preview).with(as(ruthInEastvale)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Zara Ahmed' and organisation_id in (:organisations)")
                .param("organisations", List.of(westfield.id(), eastvale.id()))
                .query(Integer.class).single()).isZero();
    }

    private static MockHttpServletRequestBuilder request(String page, long personId) {
        String[] parts = page.split(" ");
        String path = parts[1].replace("{id}", String.valueOf(personId));
        MockHttpServletRequestBuilder request = parts[0].equals("GET") ? get(path) : post(path);
        // A plausible, valid form, so that a missing check could not hide behind a validation error.
        return request
                .param("fullName", "Changed Name").param("email", "changed@example.org")
                .param("roles", parts[1].contains("sign-in-roles") || parts[1].contains("invite") ? "STAFF" : "OTHER")
                .param("needs", "QUIET_ROOM").param("status", "NO").param("purpose", "CONTACT")
                .param("decision", "WITHDRAWN").param("method", "PHONE");
    }

    /** Everything about Northshire's people that any of these actions could change. */
    private String snapshot() {
        List<String> rows = jdbc.sql("""
                        select concat_ws('|', p.full_name, p.email, p.archived_at,
                               (select string_agg(role, ',' order by role) from person_role r where r.person_id = p.id),
                               (select string_agg(need, ',' order by need) from person_access_need n where n.person_id = p.id),
                               (select count(*) from consent_event c where c.person_id = p.id),
                               (select count(*) from invitation i where i.person_id = p.id),
                               (select count(*) from person_benefits b where b.person_id = p.id))
                        from person p where p.organisation_id = :organisationId order by p.id""")
                .param("organisationId", northshire.id())
                .query(String.class).list();
        return String.join("\n", rows);
    }
}
