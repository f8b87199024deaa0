package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import java.util.stream.Stream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One organisation can never see or change another's feedback, whatever page or action it tries. */
@CoproduceTest
class FeedbackIsolationTest {

    static Stream<String> feedbackPages() {
        return Stream.of("GET /feedback/{id}", "POST /feedback/{id}/looking", "POST /feedback/{id}/response",
                "POST /feedback/{id}/publish", "POST /feedback/{id}/unpublish");
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FeedbackTracking tracking;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser ruthInEastvale;
    Feedback northshireFeedback;
    List<String> before;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser priya = fixtures.coordinator(northshire);
        ruthInEastvale = fixtures.member(eastvale, "Ruth Evans", "Ruth", Role.COORDINATOR);
        northshireFeedback = tracking.receive(northshire.id(),
                new FeedbackForm("Transport", "The taxi never came.", "Olive Grant", "NONE", null, null, null, "yes"));
        tracking.respond(priya, northshireFeedback.id(), "We have changed taxi firm.");
        before = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feedbackPages")
    void coordinatorOfAnotherOrganisationGetsNotFound(String page) throws Exception {
        String[] parts = page.split(" ");
        String path = parts[1].replace("{id}", String.valueOf(northshireFeedback.id()));
        MockHttpServletRequestBuilder request = parts[0].equals("GET") ? get(path) : post(path).with(csrf())
                .param("response", "Hacked").param("publicText", "Hacked");

        int status = mvc.perform(request.with(as(ruthInEastvale))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(404);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsListAndPublicPageNeverShowIt() throws Exception {
        mvc.perform(get("/feedback").with(as(ruthInEastvale)))
                .andExpect(content().string(not(containsString("The taxi never came."))))
                .andExpect(content().string(containsString("There is no feedback to show")));
        mvc.perform(get("/feedback?status=RESPONDED").with(as(ruthInEastvale)))
                .andExpect(content().string(not(containsString(northshireFeedback.reference()))));
    }

    private List<String> snapshot() {
        return jdbc.sql("""
                        select concat_ws('|', id, status, response, public_text, published_at) from feedback
                        where organisation_id = :organisationId order by id""")
                .param("organisationId", northshire.id())
                .query(String.class).list();
    }
}
