package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The public form: errors next to the field, limits on size, and what people type shown only as text. */
@CoproduceTest
class FeedbackFormTest {

    static final String SCRIPT = "<script>alert('got you')</script>";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicForms forms;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void theFormOpensWithoutSigningIn() throws Exception {
        mvc.perform(get("/public/" + northshire.slug() + "/feedback"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give us feedback")))
                .andExpect(content().string(containsString("Leave this blank to stay anonymous")))
                .andExpect(content().string(containsString("we will reply within 20 working days")));
        mvc.perform(get("/public/no-such-organisation/feedback")).andExpect(status().isNotFound());
    }

    @Test
    void missingAnswersAreShownInTheSummaryAndNextToEachField() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("body", null).with("replyBy", null).with("mayPublish", null).to(northshire))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("<a href=\"#body\">Write your feedback</a>")))
                .andExpect(content().string(containsString("id=\"body-error\"")))
                .andExpect(content().string(containsString("id=\"replyBy-error\"")))
                .andExpect(content().string(containsString("id=\"mayPublish-error\"")));
        assertThat(stored()).isZero();
    }

    @Test
    void theWayOfReplyingChosenNeedsItsDetails() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "EMAIL").to(northshire))
                .andExpect(content().string(containsString("Enter your email address, so that we can reply")));
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "EMAIL").with("email", "not an address").to(northshire))
                .andExpect(content().string(containsString("Enter an email address like name@example.com")));
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "PHONE").with("phone", "12").to(northshire))
                .andExpect(content().string(containsString("id=\"phone-error\"")));
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "POST").to(northshire))
                .andExpect(content().string(containsString("Enter your address, so that we can write to you")));
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "CARRIER_PIGEON").to(northshire))
                .andExpect(content().string(containsString("id=\"replyBy-error\"")));
        assertThat(stored()).isZero();
    }

    @Test
    void everyFieldIsLimitedInSize() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("body", "a".repeat(5_001)).with("about", "b".repeat(201))
                        .with("name", "c".repeat(101)).with("replyBy", "POST").with("postalAddress", "d".repeat(501)).to(northshire))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your feedback must be 5,000 characters or fewer. It has 5,001.")))
                .andExpect(content().string(containsString("a".repeat(5_001) + "</textarea>")))
                .andExpect(content().string(containsString("What your feedback is about must be 200 characters or fewer")))
                .andExpect(content().string(containsString("Your name must be 100 characters or fewer")))
                .andExpect(content().string(containsString("Your address must be 500 characters or fewer")));
        assertThat(stored()).isZero();

        mvc.perform(PublicFeedback.from(forms).with("body", "a".repeat(5_000)).to(northshire))
                .andExpect(status().is3xxRedirection());
        assertThat(stored()).isOne();
    }

    @Test
    void aScriptTypedInIsShownAsTextToTheCoordinatorAndThePublic() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("body", SCRIPT).with("about", SCRIPT).with("name", SCRIPT)
                        .with("mayPublish", "yes").to(northshire))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from feedback where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(Long.class).single();

        for (String path : new String[] {"/feedback", "/feedback/" + id}) {
            mvc.perform(get(path).with(as(priya)))
                    .andExpect(content().string(not(containsString(SCRIPT))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
        mvc.perform(post("/feedback/" + id + "/response").with(as(priya)).with(csrf()).param("response", "Thank you. " + SCRIPT)
                .param("sendAnyway", "true"));
        mvc.perform(post("/feedback/" + id + "/publish").with(as(priya)).with(csrf()).param("publicText", SCRIPT)
                .param("publicResponse", "Thank you. " + SCRIPT));

        mvc.perform(get("/public/" + northshire.slug() + "/you-said-we-did"))
                .andExpect(content().string(not(containsString(SCRIPT))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    private int stored() {
        return jdbc.sql("select count(*) from feedback where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(Integer.class).single();
    }
}
