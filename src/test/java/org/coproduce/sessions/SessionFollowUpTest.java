package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.projects.Rung;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class SessionFollowUpTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired AgendaRepository agenda;
    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    long aisha;
    long helen;
    long session;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.person(northshire, new PersonDetails("Aisha Rahman", "Aisha", null, null, null, Fixtures.email(northshire, "aisha"),
                null, null, null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null, Set.of(), null,
                Set.of(CommunicationFormat.EASY_READ)));
        helen = fixtures.person(northshire, PersonDetails.basic("Helen Ward", "Helen", Fixtures.email(northshire, "helen"), null,
                Set.of(InvolvementRole.COMMISSIONER)));
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        for (long person : List.of(jamie.personId(), aisha, helen)) {
            projects.addToTeam(priya, project, person, ProjectRole.MEMBER);
        }
        Instant start = LocalDate.now(Dates.LONDON).minusDays(2).atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofMinutes(120)), "Room 2", null));
        sessions.recordAttendance(priya, session, List.of(jamie.personId(), aisha, helen));
    }

    @Test
    void thePageListsWhoHasNotSpokenYet() throws Exception {
        long firstItem = agenda.items(northshire.id(), session).get(0).id();
        mvc.perform(post("/sessions/" + session + "/contributions").with(as(priya)).with(csrf())
                        .param("spoke-" + firstItem, String.valueOf(jamie.personId())).param("spoke-" + firstItem, String.valueOf(helen)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + session + "/record").with(as(priya)))
                .andExpect(content().string(containsString("<strong>Not heard yet:</strong> Aisha.")));
    }

    @Test
    void aDecisionRecordsWhoMadeItAndWhereItSitsOnTheLadder() throws Exception {
        mvc.perform(post("/sessions/" + session + "/decisions").with(as(priya)).with(csrf())
                        .param("text", "Try a Saturday club for six months.").param("rung", "CO_PRODUCTION")
                        .param("participants", String.valueOf(aisha)).param("participants", String.valueOf(jamie.personId()))
                        .param("participants", "999999"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(containsString("On the ladder: Co-production.")))
                .andExpect(content().string(containsString("Decided by Aisha, Jamie.")));
    }

    @Test
    void anInsightMustComeFromSomeoneWhoCame() throws Exception {
        long stranger = fixtures.person(northshire, PersonDetails.basic("Zara Ahmed", "Zara", null, null, Set.of(InvolvementRole.OTHER)));
        mvc.perform(post("/sessions/" + session + "/insights").with(as(priya)).with(csrf())
                        .param("text", "I want to go out in the evenings, not just the day.").param("saidBy", String.valueOf(stranger)))
                .andExpect(content().string(containsString("Choose someone who came")));
        mvc.perform(post("/sessions/" + session + "/insights").with(as(priya)).with(csrf())
                        .param("text", "I want to go out in the evenings, not just the day.").param("saidBy", String.valueOf(aisha))
                        .param("ownWords", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + session + "/record").with(as(priya)))
                .andExpect(content().string(containsString("<q>I want to go out in the evenings, not just the day.</q>")));
    }

    @Test
    void anActionNeedsARealDueDateAndCanBeMarkedDone() throws Exception {
        mvc.perform(post("/sessions/" + session + "/actions").with(as(priya)).with(csrf()).param("what", "Visit two day services")
                        .param("owner", String.valueOf(helen)).param("dueOnDay", "31").param("dueOnMonth", "2").param("dueOnYear", "2027"))
                .andExpect(content().string(containsString("The day it is due must be a real date")))
                .andExpect(content().string(containsString("value=\"Visit two day services\"")));
        sessions.addAction(priya, session, "Visit two day services", helen, LocalDate.now(Dates.LONDON).plusWeeks(2));
        long action = jdbc.sql("select id from session_action where session_id = :id").param("id", session).query(Long.class).single();

        mvc.perform(post("/sessions/" + session + "/actions/" + action + "/done").with(as(priya)).with(csrf()).param("note", "Went to Eastvale"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sessions/" + session + "/record").with(as(priya)))
                .andExpect(content().string(containsString("Done</strong> Went to Eastvale")));
    }

    @Test
    void followUpReachesEachPersonByEmailAndOnYourImpactThenClosesTheSession() throws Exception {
        int aishasEmails = mail.countTo(Fixtures.email(northshire, "aisha"));
        mvc.perform(post("/sessions/" + session + "/follow-up").with(as(priya)).with(csrf())
                        .param("toEveryone", "We will try a Saturday club from March.")
                        .param("for-" + aisha, "Your idea of evening activities is now part of the plan."))
                .andExpect(status().is3xxRedirection());

        var email = mail.latestTo(Fixtures.email(northshire, "aisha"), aishasEmails).orElseThrow();
        assertThat(email.subject()).isEqualTo("Thank you: Design workshop");
        assertThat(email.body()).contains("What you did made a difference:").contains("Your idea of evening activities is now part of the plan.")
                .contains("We will try a Saturday club from March.").contains("http://localhost/your-impact");
        mvc.perform(get("/your-impact").with(as(jamie)))
                .andExpect(content().string(containsString("We will try a Saturday club from March.")))
                .andExpect(content().string(not(containsString("Your idea of evening activities"))));
        mvc.perform(get("/your-impact").param("easy-read", "").with(as(jamie)))
                .andExpect(content().string(containsString("What happens next:")));
        mvc.perform(post("/sessions/" + session + "/follow-up").with(as(priya)).with(csrf()).param("toEveryone", "Again"))
                .andExpect(content().string(containsString("already been sent or skipped")));
        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(not(containsString("Not followed up yet"))));
    }

    @Test
    void hardFollowUpIsSentOnlyAfterAWarningThatIsRecorded() throws Exception {
        String hard = "Notwithstanding the aforementioned considerations, the multidisciplinary stakeholder configuration "
                + "facilitates the operationalisation of integrated commissioning methodologies.";
        mvc.perform(post("/sessions/" + session + "/follow-up").with(as(priya)).with(csrf()).param("toEveryone", hard))
                .andExpect(content().string(containsString("This may be hard for people to read")))
                .andExpect(content().string(containsString("Send it anyway")));
        mvc.perform(post("/sessions/" + session + "/follow-up").with(as(priya)).with(csrf()).param("toEveryone", hard).param("sendAnyway", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select what from writing_warning where organisation_id = :id").param("id", northshire.id())
                .query(String.class).list()).containsExactly("Follow-up: Design workshop");
    }

    @Test
    void aSessionThatHappenedWithoutFollowUpIsFlaggedOnTheCoordinatorsHomePage() throws Exception {
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("Design workshop on " + Dates.date(LocalDate.now(Dates.LONDON).minusDays(2)) + " has not been followed up")));

        sessions.skipFollowUp(priya, session, "Nobody came in the end.");

        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(not(containsString("has not been followed up"))));
    }

    @Test
    void followUpIsSentOnlyOnceEvenIfSentTwice() {
        int before = mail.countTo(Fixtures.email(northshire, "helen"));
        sessions.sendFollowUp(priya, session, java.util.Map.of(), "Thank you all.");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.sendFollowUp(priya, session, java.util.Map.of(), "Thank you all."))
                .isInstanceOf(Refused.class);
        assertThat(mail.countTo(Fixtures.email(northshire, "helen"))).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from follow_up where session_id = :id").param("id", session).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void onlyPeopleWhoTookPartAndCoordinatorsSeeWhoCame() throws Exception {
        CurrentUser outsider = fixtures.staff(northshire);
        sessions.decide(priya, session, "Try a Saturday club.", Rung.CO_DESIGN, List.of(aisha));

        mvc.perform(get("/sessions/" + session).with(as(outsider)))
                .andExpect(content().string(containsString("Only the people who took part, and coordinators, can see who came.")))
                .andExpect(content().string(not(containsString("Decided by"))))
                .andExpect(content().string(containsString("Try a Saturday club.")));
        mvc.perform(get("/sessions/" + session).with(as(jamie)))
                .andExpect(content().string(containsString("Decided by Aisha.")));
    }

    @Test
    void skippingFollowUpNeedsAReasonWhichIsKept() throws Exception {
        mvc.perform(post("/sessions/" + session + "/follow-up/skip").with(as(priya)).with(csrf()))
                .andExpect(content().string(containsString("Say why there will be no follow-up")));
        mvc.perform(post("/sessions/" + session + "/follow-up/skip").with(as(priya)).with(csrf()).param("reason", "The project was stopped."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + session + "/follow-up").with(as(priya)))
                .andExpect(content().string(containsString("There was no follow-up, because: The project was stopped.")));
    }

    @Test
    void anotherOrganisationCanNeverSeeWhatHappenedOrFollowItUp() throws Exception {
        sessions.addInsight(priya, session, aisha, "Evenings matter.", true);
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));

        for (String page : List.of("/sessions/" + session + "/record", "/sessions/" + session + "/follow-up")) {
            mvc.perform(get(page).with(as(ruth))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/sessions/" + session + "/insights").with(as(ruth)).with(csrf()).param("text", "Ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sessions/" + session + "/follow-up").with(as(ruth)).with(csrf()).param("toEveryone", "Hello"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/your-impact").with(as(ruth))).andExpect(content().string(not(containsString("Design workshop"))));
        mvc.perform(get("/sessions/" + session + "/record").with(as(jamie))).andExpect(status().isForbidden());
    }
}
