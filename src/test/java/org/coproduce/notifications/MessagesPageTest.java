package org.coproduce.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

@CoproduceTest
class MessagesPageTest {

    @Autowired MockMvc mvc;
    @Autowired InProcessMailServer mail;
    @Autowired Fixtures fixtures;
    @Autowired OutboxRepository repository;
    @Autowired JavaMailSender sender;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    String olive;
    long failed;
    TestOutbox outbox;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        olive = Fixtures.email(northshire, "olive");
        outbox = new TestOutbox(repository, sender, transactions, jdbc);
        failed = outbox.addDueTomorrow(northshire.id(), olive, "Our reply to your feedback");
        outbox.broken(Duration.ZERO).sendDue(TestOutbox.TOMORROW);
    }

    @Test
    void coordinatorSeesAFailedEmailAndWhyThenSendsItAgain() throws Exception {
        mvc.perform(get("/messages").with(as(priya)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(olive)))
                .andExpect(content().string(containsString("Our reply to your feedback")))
                .andExpect(content().string(containsString("Could not be sent")))
                .andExpect(content().string(containsString(outbox.lastError(failed))))
                .andExpect(content().string(containsString("/messages/" + failed + "/send-again")));

        mvc.perform(post("/messages/" + failed + "/send-again").with(csrf()).with(as(priya)))
                .andExpect(redirectedUrl("/messages"));

        assertThat(mail.latestTo(olive).orElseThrow().subject()).isEqualTo("Our reply to your feedback");
        assertThat(outbox.status(failed)).isEqualTo("SENT|1");
        mvc.perform(get("/messages").with(as(priya)))
                .andExpect(content().string(not(containsString("Could not be sent"))));
    }

    @Test
    void coordinatorOfAnotherOrganisationCannotSeeOrSendIt() throws Exception {
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.member(eastvale, "Ruth Evans", "Ruth", Role.COORDINATOR);

        mvc.perform(get("/messages").with(as(ruth)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(olive))));
        mvc.perform(post("/messages/" + failed + "/send-again").with(csrf()).with(as(ruth)))
                .andExpect(status().isNotFound());

        assertThat(outbox.status(failed)).isEqualTo("FAILED|1");
    }

    @Test
    void partnerIsForbidden() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        mvc.perform(get("/messages").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(post("/messages/" + failed + "/send-again").with(csrf()).with(as(jamie))).andExpect(status().isForbidden());

        assertThat(outbox.status(failed)).isEqualTo("FAILED|1");
    }
}
