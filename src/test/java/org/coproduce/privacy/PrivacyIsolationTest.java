package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Another organisation's coordinator, or another person, can never open or act on someone's copy of their information. */
@CoproduceTest
class PrivacyIsolationTest {

    static Stream<String> requestPages() {
        return Stream.of("GET /privacy/requests/{id}", "POST /privacy/requests/{id}/download", "POST /privacy/requests/{id}/try-again",
                "POST /privacy/requests/{id}/given", "POST /your-information/{id}/download");
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcClient jdbc;

    CurrentUser ruthInEastvale;
    CurrentUser jamieInNorthshire;
    long kwamesRequest;
    String before;

    @BeforeEach
    void setUp() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        jamieInNorthshire = fixtures.partner(northshire);
        ruthInEastvale = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        kwamesRequest = subjectAccess.ask(priya, kwame.personId(), "Kwame Mensah", LocalDate.now(), SubjectAccessRequest.ReceivedHow.LETTER);
        subjectAccess.makeWaitingCopies();
        before = state();
    }

    @ParameterizedTest
    @MethodSource("requestPages")
    void anotherOrganisationsCoordinatorGetsNotFoundAndChangesNothing(String page) throws Exception {
        send(page, ruthInEastvale).andExpect(status().isNotFound());
        assertThat(state()).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("requestPages")
    void anotherPersonInTheSameOrganisationCannotTakeSomeonesCopy(String page) throws Exception {
        int status = send(page, jamieInNorthshire).andReturn().getResponse().getStatus();
        assertThat(status).isIn(403, 404);
        assertThat(state()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.ResultActions send(String page, CurrentUser who) throws Exception {
        String[] parts = page.split(" ");
        return mvc.perform(request(HttpMethod.valueOf(parts[0]), parts[1].replace("{id}", String.valueOf(kwamesRequest)))
                .with(as(who)).with(csrf()).param("givenDay", "1").param("givenMonth", "1").param("givenYear", "2026"));
    }

    private String state() {
        return jdbc.sql("select status || '|' || downloads || '|' || coalesce(given_on::text, '') from subject_access_request where id = :id")
                .param("id", kwamesRequest).query(String.class).single();
    }
}
