package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.coproduce.organisations.Organisation;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Junk is kept out without a puzzle, and a real person is never silently dropped. */
@CoproduceTest
class FeedbackSpamGuardTest {

    static final String WORDS = "I liked the new easy read newsletter. Can it come every month?";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicForms forms;
    @Autowired JdbcClient jdbc;

    Organisation northshire;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
    }

    @Test
    void aRobotThatFillsInTheHiddenFieldIsThankedAndNothingIsKept() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with(PublicForms.HONEYPOT, "https://cheap-pills.example").to(northshire))
                .andExpect(redirectedUrl("/public/" + northshire.slug() + "/feedback/thanks"));

        assertThat(stored()).isZero();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/public/" + northshire.slug() + "/feedback/thanks"))
                .andExpect(content().string(containsString("Thank you for your feedback")));
    }

    @Test
    void theHiddenFieldIsHiddenFromPeopleAndScreenReaders() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/public/" + northshire.slug() + "/feedback"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<div class=\"govuk-visually-hidden\" aria-hidden=\"true\">")
                .contains("name=\"website\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"")
                .contains("name=\"formShownAt\"");
    }

    @Test
    void aFormSentBackTooQuicklyIsShownAgainWithEverythingKept() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).with("name", "Rosa").stamp(forms.stamp(Instant.now())).to(northshire))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("press \"Send feedback\" again")))
                .andExpect(content().string(containsString(WORDS)))
                .andExpect(content().string(containsString("value=\"Rosa\"")));

        assertThat(stored()).isZero();
    }

    @Test
    void aFormWithoutAStampOrWithAMadeUpOneIsShownAgainWithEverythingKept() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).stamp(null).to(northshire))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("press \"Send feedback\" again")))
                .andExpect(content().string(containsString(WORDS)));
        String forged = (Instant.now().minusSeconds(60).toEpochMilli()) + ".bm90LXNpZ25lZA";
        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).stamp(forged).to(northshire))
                .andExpect(content().string(containsString("press \"Send feedback\" again")));

        assertThat(stored()).isZero();
        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).to(northshire))
                .andExpect(redirectedUrl("/public/" + northshire.slug() + "/feedback/thanks"));
        assertThat(stored()).isOne();
    }

    @Test
    void theSixthFormFromOneAddressInAnHourIsRefusedWithPlainWordsAndAnotherWayToGetInTouch() throws Exception {
        for (int i = 1; i <= PublicForms.MOST_IN_AN_HOUR; i++) {
            mvc.perform(PublicFeedback.from(forms).with("body", "Feedback number " + i).fromAddress("198.51.100.7").to(northshire))
                    .andExpect(status().is3xxRedirection());
        }

        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).fromAddress("198.51.100.7").to(northshire))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Please try again later")))
                .andExpect(content().string(containsString(northshire.contactEmail())))
                .andExpect(content().string(containsString(WORDS)));
        assertThat(stored()).isEqualTo(PublicForms.MOST_IN_AN_HOUR);

        mvc.perform(PublicFeedback.from(forms).with("body", WORDS).fromAddress("198.51.100.8").to(northshire))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from public_submission where address_hash like '%198.51%'").query(Integer.class).single())
                .as("addresses are kept only as hashes").isZero();
    }

    @Test
    void rowsForTheLimitAreKeptForTwoDaysAtMost() throws Exception {
        jdbc.sql("""
                        insert into public_submission (organisation_id, address_hash, form, submitted_at)
                        values (:organisationId, 'old', 'feedback', now() - interval '3 days')""")
                .param("organisationId", northshire.id()).update();

        mvc.perform(PublicFeedback.from(forms).to(northshire));

        assertThat(jdbc.sql("select count(*) from public_submission where submitted_at < now() - interval '2 days'")
                .query(Integer.class).single()).isZero();
    }

    private int stored() {
        return jdbc.sql("select count(*) from feedback where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(Integer.class).single();
    }
}
