package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** "You said, we did" shows only what the person agreed to share and the coordinator chose to publish, never a name. */
@CoproduceTest
class FeedbackPublicationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FeedbackTracking tracking;

    Organisation northshire;
    CurrentUser priya;
    String page;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        page = "/public/" + northshire.slug() + "/you-said-we-did";
    }

    @Test
    void onlyFeedbackThePersonAgreedToShareAndTheCoordinatorPublishedAppearsWithoutTheirName() throws Exception {
        Feedback agreed = give("Maria Lopez", "yes", "The hearing loop in the hall did not work.");
        Feedback refused = give("Derek Hall", "no", "Nobody told me the meeting had moved.");
        Feedback notYetPublished = give(null, "yes", "Please put the papers online a week before.");
        tracking.respond(priya, agreed.id(), "We have fixed the hearing loop and now test it before every meeting.");
        tracking.respond(priya, refused.id(), "Sorry. We now text everyone when a meeting moves.");
        tracking.respond(priya, notYetPublished.id(), "We will.");

        mvc.perform(post("/feedback/" + refused.id() + "/publish").with(as(priya)).with(csrf())
                .param("publicText", "Nobody told me the meeting had moved.").param("publicResponse", "Sorry."));
        mvc.perform(post("/feedback/" + agreed.id() + "/publish").with(as(priya)).with(csrf())
                .param("publicText", "The hearing loop in the hall did not work.")
                .param("publicResponse", "We have fixed the hearing loop and now test it before every meeting."));

        mvc.perform(get(page))
                .andExpect(content().string(containsString("The hearing loop in the hall did not work.")))
                .andExpect(content().string(containsString("now test it before every meeting")))
                .andExpect(content().string(not(containsString("Maria"))))
                .andExpect(content().string(not(containsString("Nobody told me the meeting had moved."))))
                .andExpect(content().string(not(containsString("Please put the papers online"))))
                .andExpect(content().string(containsString("We received 3 pieces of feedback")))
                .andExpect(content().string(containsString("We answered 3 of them")))
                .andExpect(content().string(containsString("Half of our answers took 0 working days or less")));
    }

    @Test
    void theCoordinatorCanTakeOutPersonalDetailsAndTakeItOffAgain() throws Exception {
        Feedback piece = give("Maria Lopez", "yes", "My support worker Kevin at Oak House was brilliant at the workshop.");
        tracking.respond(priya, piece.id(), "Thank you. We have passed this on.");

        mvc.perform(post("/feedback/" + piece.id() + "/publish").with(as(priya)).with(csrf())
                .param("publicText", "My support worker was brilliant at the workshop.").param("publicResponse", "Thank you."));
        mvc.perform(get(page))
                .andExpect(content().string(containsString("My support worker was brilliant at the workshop.")))
                .andExpect(content().string(not(containsString("Kevin"))));

        mvc.perform(post("/feedback/" + piece.id() + "/unpublish").with(as(priya)).with(csrf()));
        mvc.perform(get(page))
                .andExpect(content().string(not(containsString("My support worker"))))
                .andExpect(content().string(containsString("There is nothing here yet")));
    }

    @Test
    void theReplyShownPubliclyLeavesOutWhatWasWrittenOnlyForThePerson() throws Exception {
        Feedback piece = give("Sam Patel", "yes", "The room was too noisy for my son.");
        tracking.respond(priya, piece.id(), "Dear Sam, we are sorry Josh found the room noisy. We now book a quiet room.");

        mvc.perform(get("/feedback/" + piece.id()).with(as(priya)))
                .andExpect(content().string(containsString("Our reply as the public will see it")));
        mvc.perform(post("/feedback/" + piece.id() + "/publish").with(as(priya)).with(csrf())
                .param("publicText", "The room was too noisy.").param("publicResponse", "We are sorry. We now book a quiet room."));

        mvc.perform(get(page))
                .andExpect(content().string(containsString("We now book a quiet room.")))
                .andExpect(content().string(not(containsString("Sam"))))
                .andExpect(content().string(not(containsString("Josh"))));
    }

    @Test
    void feedbackCannotBePublishedBeforeItIsAnswered() throws Exception {
        Feedback piece = give(null, "yes", "The lift was broken again.");

        mvc.perform(post("/feedback/" + piece.id() + "/publish").with(as(priya)).with(csrf())
                .param("publicText", "The lift was broken again.").param("publicResponse", "Fixed."));

        mvc.perform(get(page)).andExpect(content().string(not(containsString("The lift was broken again."))));
    }

    @Test
    void manyPiecesArePagedNewestFirst() throws Exception {
        for (int i = 1; i <= YouSaidWeDid.PAGE_SIZE + 2; i++) {
            Feedback piece = give(null, "yes", "Piece number " + i + ".");
            tracking.respond(priya, piece.id(), "Reply number " + i + ".", java.time.Instant.now().plusSeconds(i));
            tracking.publish(priya, piece.id(), piece.body());
        }

        String first = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Piece number 12.", "Piece number 3.").doesNotContain("Piece number 2.")
                .contains("aria-label=\"Page 2\"");
        assertThat(first.indexOf("Piece number 12.")).isLessThan(first.indexOf("Piece number 11."));
        mvc.perform(get(page + "?page=2"))
                .andExpect(content().string(containsString("Piece number 1.")))
                .andExpect(content().string(not(containsString("Piece number 12."))));
    }

    private Feedback give(String name, String mayPublish, String body) {
        return tracking.receive(northshire.id(), new FeedbackForm(null, body, name, "NONE", null, null, null, mayPublish));
    }
}
