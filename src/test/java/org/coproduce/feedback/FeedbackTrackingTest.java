package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.notifications.ReceivedEmail;
import org.coproduce.organisations.Organisation;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class FeedbackTrackingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicForms forms;
    @Autowired FeedbackTracking tracking;
    @Autowired Today today;
    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @AfterEach
    void backToToday() {
        today.reset();
    }

    @Test
    void feedbackIsTrackedFromReceivedToLookedAtToAnsweredAndTheReplyIsEmailed() throws Exception {
        pretendItIs(LocalDate.of(2026, 12, 2));
        String address = "sam.reader@" + northshire.slug() + ".example";
        mvc.perform(PublicFeedback.from(forms).with("name", "Sam Reader").with("replyBy", "EMAIL").with("email", address)
                        .with("phone", "07700 900 982").with("body", "The bus to the forum was late.\n\nPlease start later.")
                        .to(northshire))
                .andExpect(redirectedUrl("/public/" + northshire.slug() + "/feedback/thanks"))
                .andExpect(flash().attribute("reference", "FB-1001"))
                .andExpect(flash().attribute("replyOn", "Monday 4 January 2027"));
        long id = newest();
        assertThat(jdbc.sql("select phone from feedback where id = :id").param("id", id).query(String.class).optional())
                .as("the phone number they typed but did not choose is not kept").isEmpty();

        mvc.perform(get("/feedback").with(as(priya)))
                .andExpect(content().string(containsString("FB-1001")))
                .andExpect(content().string(containsString("Received")))
                .andExpect(content().string(containsString("Monday 4 January 2027")));

        mvc.perform(post("/feedback/" + id + "/looking").with(as(priya)).with(csrf()))
                .andExpect(redirectedUrl("/feedback/" + id));
        mvc.perform(get("/feedback/" + id).with(as(priya)))
                .andExpect(content().string(containsString("Being looked at")))
                .andExpect(content().string(containsString("We started looking at this")));

        mvc.perform(post("/feedback/" + id + "/response").with(as(priya)).with(csrf())
                        .param("response", "Thank you. From March, the forum will start at 11am so the bus has time to get there."))
                .andExpect(redirectedUrl("/feedback/" + id))
                .andExpect(flash().attribute("notice", "We emailed the reply to " + address));

        ReceivedEmail email = mail.latestTo(address).orElseThrow();
        assertThat(email.subject()).isEqualTo("Our reply to your feedback, FB-1001");
        assertThat(email.body()).contains("Dear Sam Reader", "> The bus to the forum was late.", "> Please start later.",
                "the forum will start at 11am", northshire.contactEmail());
        mvc.perform(get("/feedback/" + id).with(as(priya)))
                .andExpect(content().string(containsString("Answered")))
                .andExpect(content().string(containsString("the forum will start at 11am")))
                .andExpect(content().string(containsString("We emailed the reply to " + address)))
                .andExpect(content().string(not(containsString("Check and send the reply"))));
    }

    @Test
    void aReplyByPhoneIsRecordedWithoutAnEmail() throws Exception {
        mvc.perform(PublicFeedback.from(forms).with("replyBy", "PHONE").with("phone", "01632 960 001").to(northshire));
        long id = newest();
        int emailsBefore = mail.messages().size();

        mvc.perform(post("/feedback/" + id + "/response").with(as(priya)).with(csrf())
                        .param("response", "We will use a quieter room next time."))
                .andExpect(flash().attribute("notice", containsString("Reply given by phone")));

        assertThat(mail.messages()).hasSize(emailsBefore);
        assertThat(jdbc.sql("select status from feedback where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RESPONDED");
    }

    @Test
    void aReplyThatIsHardToReadIsOnlySentWhenTheCoordinatorSendsItAnyway() throws Exception {
        mvc.perform(PublicFeedback.from(forms).to(northshire));
        long id = newest();
        String jargon = "The CLDT will utilise the personal budget in order to commence the reablement pathway, which was agreed "
                + "by the ICB following the review that was undertaken by commissioners and providers across the footprint.";

        mvc.perform(post("/feedback/" + id + "/response").with(as(priya)).with(csrf()).param("response", jargon))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This reply may be hard to read")))
                .andExpect(content().string(containsString("Plain English check")))
                .andExpect(content().string(containsString("Send it anyway")));
        assertThat(jdbc.sql("select status from feedback where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RECEIVED");

        mvc.perform(post("/feedback/" + id + "/response").with(as(priya)).with(csrf()).param("response", jargon)
                        .param("sendAnyway", "true"))
                .andExpect(redirectedUrl("/feedback/" + id));
        assertThat(jdbc.sql("select status from feedback where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("RESPONDED");
    }

    @Test
    void feedbackCloseToOrPastThePromiseIsFlaggedInWorkingDaysSkippingBankHolidays() throws Exception {
        pretendItIs(LocalDate.of(2026, 11, 24));
        Feedback late = tracking.receive(northshire.id(), form("The minutes came too late to read."));
        pretendItIs(LocalDate.of(2026, 11, 27));
        Feedback close = tracking.receive(northshire.id(), form("Please send papers in easy read."));
        assertThat(late.dueOn()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(close.dueOn()).isEqualTo(LocalDate.of(2026, 12, 29));

        pretendItIs(LocalDate.of(2026, 12, 23));

        mvc.perform(get("/feedback").with(as(priya)))
                .andExpect(content().string(containsString("1 working day late")))
                .andExpect(content().string(containsString("Due in 2 working days")));
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("1 piece of feedback is past our promise")))
                .andExpect(content().string(containsString("1 piece of feedback is due within 3 working days")));

        pretendItIs(LocalDate.of(2026, 12, 30));
        mvc.perform(get("/feedback").with(as(priya)))
                .andExpect(content().string(containsString("4 working days late")))
                .andExpect(content().string(containsString("1 working day late")));
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("2 pieces of feedback are past our promise")));
    }

    @Test
    void theCoordinatorSetsThePromiseInWorkingDays() throws Exception {
        mvc.perform(post("/feedback/settings").with(as(priya)).with(csrf()).param("promise", "61"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number of working days from 1 to 60")));

        mvc.perform(post("/feedback/settings").with(as(priya)).with(csrf()).param("promise", "10"))
                .andExpect(redirectedUrl("/feedback"));

        pretendItIs(LocalDate.of(2026, 12, 2));
        assertThat(tracking.receive(northshire.id(), form("Thank you for the trip.")).dueOn()).isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void onlyCoordinatorsSeeFeedback() throws Exception {
        mvc.perform(get("/feedback").with(as(fixtures.staff(northshire)))).andExpect(status().isForbidden());
        mvc.perform(get("/feedback").with(as(fixtures.partner(northshire)))).andExpect(status().isForbidden());
    }

    static FeedbackForm form(String body) {
        return new FeedbackForm(null, body, null, "NONE", null, null, null, "yes");
    }

    private void pretendItIs(LocalDate day) {
        today.pretend(Clock.fixed(ZonedDateTime.of(day, LocalTime.of(10, 0), Dates.LONDON).toInstant(), Dates.LONDON));
    }

    private long newest() {
        return jdbc.sql("select max(id) from feedback where organisation_id = :organisationId")
                .param("organisationId", northshire.id()).query(Long.class).single();
    }
}
