package org.coproduce.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Each night Coproduce removes what an organisation keeps no longer than it says, and counts it in the audit log. */
@CoproduceTest
class RetentionTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Retention retention;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void contactDetailsGivenWithFeedbackGoAYearAfterTheReplyAndTheFeedbackStays() {
        long old = feedback("AB-1", "13 months");
        long recent = feedback("AB-2", "11 months");

        Map<RetentionKind, Integer> removed = retention.apply(northshire.id());

        assertThat(removed).containsEntry(RetentionKind.FEEDBACK_CONTACT_DETAILS, 1);
        assertThat(email(old)).isNull();
        assertThat(email(recent)).isEqualTo("sam@example.org");
        assertThat(jdbc.sql("select body from feedback where id = :id").param("id", old).query(String.class).single())
                .isEqualTo("The bus was late.");
        assertThat(jdbc.sql("select detail from audit_event where organisation_id = :org and actor_name = :system")
                .param("org", northshire.id()).param("system", Retention.SYSTEM).query(String.class).list())
                .contains("Contact details given with feedback: 1 removed, as they were kept longer than 12 months");
    }

    @Test
    void archivedPeopleAreKeptUntilTheOrganisationSaysHowLongThenErased() throws Exception {
        CurrentUser kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        jdbc.sql("update person set archived_at = now() - interval '3 years' where id = :id").param("id", kwame.personId()).update();

        retention.apply(northshire.id());
        assertThat(name(kwame)).isEqualTo("Kwame Mensah");

        mvc.perform(post("/privacy/retention").with(as(priya)).with(csrf()).param("ARCHIVED_PEOPLE", "24").param("AUDIT_LOG", "72"))
                .andExpect(status().is3xxRedirection());
        retention.apply(northshire.id());

        assertThat(name(kwame)).isEqualTo("Erased person");
        assertThat(jdbc.sql("select erased_by_name from erasure where person_id = :id").param("id", kwame.personId())
                .query(String.class).single()).isEqualTo(Retention.SYSTEM);
    }

    @Test
    void theAuditLogItselfIsKeptForTheMonthsSetThenRemoved() {
        jdbc.sql("""
                        insert into audit_event (organisation_id, happened_at, actor_name, action, topic, detail)
                        values (:org, now() - interval '7 years', 'Someone', 'VIEWED', 'ACCESS_NEEDS', 'On their profile')
                        """).param("org", northshire.id()).update();

        assertThat(retention.apply(northshire.id())).containsEntry(RetentionKind.AUDIT_LOG, 1);
        assertThat(jdbc.sql("select count(*) from audit_event where organisation_id = :org and happened_at < now() - interval '6 years'")
                .param("org", northshire.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void whenTwoServersRunTheJobAtOnceOnlyOneRemovesAnything() throws Exception {
        for (int i = 0; i < 20; i++) {
            feedback("CD-" + i, "2 years");
        }
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Map<RetentionKind, Integer>>> runs = new ArrayList<>();
            runs.add(() -> retention.apply(northshire.id()));
            runs.add(() -> retention.apply(northshire.id()));
            int removed = 0;
            for (Future<Map<RetentionKind, Integer>> run : servers.invokeAll(runs)) {
                removed += run.get().getOrDefault(RetentionKind.FEEDBACK_CONTACT_DETAILS, 0);
            }
            assertThat(removed).isEqualTo(20);
        } finally {
            servers.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where organisation_id = :org and actor_name = :system")
                .param("org", northshire.id()).param("system", Retention.SYSTEM).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSettingsPageRefusesWhatCannotBeAMonthCountAndKeepsWhatWasTyped() throws Exception {
        assertThat(mvc.perform(get("/privacy/retention").with(as(priya))).andReturn().getResponse().getContentAsString())
                .contains("How long we keep information").contains("value=\"72\"").contains("value=\"12\"");

        String page = mvc.perform(post("/privacy/retention").with(as(priya)).with(csrf()).param("ARCHIVED_PEOPLE", "two years")
                        .param("FEEDBACK_CONTACT_DETAILS", "6").param("AUDIT_LOG", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("Enter a whole number of months")
                .contains("Enter a number of months from 12 to 240").contains("value=\"two years\"");
        assertThat(jdbc.sql("select count(*) from retention_setting where organisation_id = :org").param("org", northshire.id())
                .query(Integer.class).single()).isZero();
        mvc.perform(get("/privacy/retention").with(as(fixtures.staff(northshire)))).andExpect(status().isForbidden());
    }

    private long feedback(String reference, String repliedAgo) {
        return jdbc.sql("""
                        insert into feedback (organisation_id, reference, body, name, email, reply_by, may_publish, received_at, due_on,
                                              status, responded_at, response)
                        values (:org, :reference, 'The bus was late.', 'Sam', 'sam@example.org', 'EMAIL', false,
                                now() - cast(:ago as interval) - interval '1 week', current_date, 'RESPONDED',
                                now() - cast(:ago as interval), 'Sorry, we have talked to the driver.')
                        returning id
                        """)
                .param("org", northshire.id()).param("reference", reference).param("ago", repliedAgo).query(Long.class).single();
    }

    private String email(long feedback) {
        return jdbc.sql("select email from feedback where id = :id").param("id", feedback).query(String.class).optional().orElse(null);
    }

    private String name(CurrentUser person) {
        return jdbc.sql("select full_name from person where id = :id").param("id", person.personId()).query(String.class).single();
    }
}
