package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every email waits in the outbox with its address, subject and words, so the outbox is personal data: it is in a
 * person's copy, it goes when they are erased, and sent emails go after the months the organisation keeps them.
 */
@CoproduceTest
class OutboxTakesPartInPrivacyTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Erasure erasure;
    @Autowired SubjectAccess subjectAccess;
    @Autowired Retention retention;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser kwame;
    CurrentUser aisha;
    String kwamesAddress;
    LocalDate today = LocalDate.now(Dates.LONDON);

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);
        kwamesAddress = Fixtures.email(northshire, "Kwame");
    }

    @Test
    void aForgottenPersonsAddressSubjectsWordsAndFilesAreGoneFromTheOutbox() {
        long invitation = email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_INVITATION", "Board meeting on Friday",
                "Kwame, come to the board meeting.", "WAITING", null);
        jdbc.sql("""
                        insert into outbox_attachment (message_id, organisation_id, filename, content_type, content)
                        values (:id, :org, 'board-meeting.ics', 'text/calendar', cast('BEGIN:VCALENDAR' as bytea))""")
                .param("id", invitation).param("org", northshire.id()).update();
        email(northshire.id(), kwame.personId(), kwamesAddress, "PAYMENT_STATEMENT", "Your payment statement", null, "SENT", "1 week");
        email(northshire.id(), null, kwamesAddress.toUpperCase(java.util.Locale.ROOT), "FEEDBACK_REPLY", "Our reply to your feedback",
                null, "SENT", "2 weeks");
        email(null, null, kwamesAddress, "SIGN_IN_LINK", "Your link to sign in to Coproduce", null, "SENT", "3 weeks");
        long aishas = email(northshire.id(), aisha.personId(), Fixtures.email(northshire, "Aisha"), "SESSION_INVITATION",
                "Board meeting on Friday", "Aisha, come to the board meeting.", "WAITING", null);

        assertThat(erasure.plan(northshire.id(), kwame.personId())).filteredOn(c -> c.fate() == Forgetting.Fate.DELETED)
                .extracting(Forgetting.Consequence::what).contains("4 emails we sent them or were waiting to send them");

        erasure.erase(priya, kwame.personId(), today, "They asked us to, by letter");

        assertThat(jdbc.sql("""
                        select kind || ' ' || coalesce(cast(organisation_id as text), '-') || ' ' || coalesce(cast(person_id as text), '-')
                          from outbox_message where lower(recipient) = lower(:address) or person_id = :person""")
                .param("address", kwamesAddress).param("person", kwame.personId()).query(String.class).list()).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_message where organisation_id = :org and body like 'Kwame%'")
                .param("org", northshire.id()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_attachment where message_id = :id").param("id", invitation)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select body from outbox_message where id = :id").param("id", aishas).query(String.class).single())
                .isEqualTo("Aisha, come to the board meeting.");
    }

    @Test
    void aPersonsCopyListsTheEmailsWeSentThemAndNobodyElses() throws Exception {
        email(northshire.id(), kwame.personId(), kwamesAddress, "PAYMENT_STATEMENT", "Your payment statement for November", null,
                "SENT", "1 week");
        email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_INVITATION", "Design workshop on Tuesday",
                "Kwame, come to the design workshop.", "WAITING", null);
        email(northshire.id(), aisha.personId(), Fixtures.email(northshire, "Aisha"), "SESSION_INVITATION", "Listening event for Aisha",
                "Aisha, come to the listening event.", "FAILED", null);

        String json = copyOf(kwame);

        assertThat(json).contains("Emails we sent you").contains("Your payment statement for November").contains("Payment statement")
                .contains("Design workshop on Tuesday").contains("Invitation to a session").contains("Waiting to be sent")
                .contains("Kwame, come to the design workshop.").contains(kwamesAddress);
        assertThat(json).doesNotContain("Listening event for Aisha").doesNotContain("Aisha, come to the listening event.");
    }

    @Test
    void retentionRemovesSentEmailsOlderThanSixMonthsAndKeepsNewerOnesAndThoseWaitingOrNotSent() {
        long old = email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_REMINDER", "Reminder", null, "SENT", "7 months");
        long recent = email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_REMINDER", "Reminder", null, "SENT", "5 months");
        long waiting = email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_INVITATION", "Invitation", "Come", "WAITING", null);
        long failed = email(northshire.id(), kwame.personId(), kwamesAddress, "SESSION_INVITATION", "Invitation", "Come", "FAILED", null);
        jdbc.sql("update outbox_message set created_at = now() - interval '1 year' where id in (:ids)")
                .param("ids", java.util.List.of(waiting, failed)).update();
        long oldSignInLink = email(null, null, kwamesAddress, "SIGN_IN_LINK", "Your link", null, "SENT", "7 months");

        assertThat(retention.apply(northshire.id())).containsEntry(RetentionKind.SENT_EMAILS, 1);
        retention.removeSentEmailsOfNoOrganisation();

        assertThat(jdbc.sql("select id from outbox_message where id in (:ids)")
                .param("ids", java.util.List.of(old, recent, waiting, failed, oldSignInLink)).query(Long.class).list())
                .containsExactlyInAnyOrder(recent, waiting, failed);
        assertThat(jdbc.sql("select detail from audit_event where organisation_id = :org and actor_name = :system")
                .param("org", northshire.id()).param("system", Retention.SYSTEM).query(String.class).list())
                .contains("Emails we sent: 1 removed, as they were kept longer than 6 months");
    }

    private long email(Long organisationId, Long personId, String to, String kind, String subject, String body, String status, String sentAgo) {
        return jdbc.sql("""
                        insert into outbox_message (organisation_id, person_id, kind, recipient, subject, body, status, next_attempt_at,
                                                    created_at, sent_at)
                        values (:org, :person, :kind, :to, :subject, :body, :status, now() + interval '1 day',
                                now() - coalesce(cast(:ago as interval), interval '0'), now() - cast(:ago as interval))
                        returning id""")
                .param("org", organisationId).param("person", personId).param("kind", kind).param("to", to).param("subject", subject)
                .param("body", body).param("status", status).param("ago", sentAgo).query(Long.class).single();
    }

    private String copyOf(CurrentUser person) throws Exception {
        String location = mvc.perform(post("/privacy/requests").with(as(priya)).with(csrf()).param("personId", String.valueOf(person.personId()))
                        .param("receivedDay", String.valueOf(today.getDayOfMonth())).param("receivedMonth", String.valueOf(today.getMonthValue()))
                        .param("receivedYear", String.valueOf(today.getYear())).param("receivedHow", "EMAIL"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        subjectAccess.makeWaitingCopies();
        byte[] zip = mvc.perform(post("/privacy/requests/" + location.substring(location.lastIndexOf('/') + 1) + "/download")
                        .with(as(priya)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return new String(files.get("for-computers/everything.json"), StandardCharsets.UTF_8);
    }
}
