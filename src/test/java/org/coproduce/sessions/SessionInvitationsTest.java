package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.notifications.ReceivedEmail;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@CoproduceTest
@RecordApplicationEvents
class SessionInvitationsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired SessionInvitationRepository invitations;
    @Autowired ProjectChanges projects;
    @Autowired InProcessMailServer mail;
    @Autowired ApplicationEvents events;
    @Autowired AgendaRepository agendaRepository;
    @Autowired org.coproduce.accounts.Enrolment enrolment;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    Organisation northshire;
    CurrentUser priya;
    long project;
    long session;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        session = sessions.planForProject(priya, project, at(LocalDate.now(Dates.LONDON).plusWeeks(2), 120));
    }

    @Test
    void anInvitationArrivesWithACalendarFileThatACalendarCanRead() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());

        sessions.invite(priya, session, List.of(jamie));

        ReceivedEmail email = mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow();
        assertThat(email.subject()).startsWith("Invitation: Design workshop");
        assertThat(email.body()).contains("Please reply to say whether you can come").contains("http://localhost/reply/");
        assertThat(email.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("session.ics");
            assertThat(file.contentType()).startsWith("text/calendar");
            var calendar = new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(event.getSummary().getValue()).isEqualTo("Design workshop");
            assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start(LocalDate.now(Dates.LONDON).plusWeeks(2)));
            assertThat(event.getLocation().getValue()).isEqualTo("Room 2, Community Hub");
        });
    }

    @Test
    void someoneWhoAskedForEasyReadGetsAnEasyReadInvitation() {
        long ayesha = person("Ayesha Khan", "ayesha", Set.of(AccessNeed.BSL_INTERPRETER), Set.of(CommunicationFormat.EASY_READ));

        sessions.invite(priya, session, List.of(ayesha));

        ReceivedEmail email = mail.latestTo(Fixtures.email(northshire, "ayesha")).orElseThrow();
        assertThat(email.subject()).startsWith("Can you come?");
        assertThat(email.body()).contains("We would like you to come to a session.").contains("Tell us what help you need to take part.");
    }

    @Test
    void aPersonRepliesFromTheEmailLinkWithoutSigningInAndCanSayNoToRecording() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie));
        String token = replyTokenIn(mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow());

        mvc.perform(get("/reply/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hello Jamie. You are invited.")))
                .andExpect(content().string(containsString("Can we record the session?")));
        mvc.perform(post("/reply/" + token).with(csrf()).param("consent", "NO"))
                .andExpect(content().string(containsString("Choose yes, no or maybe")));
        mvc.perform(post("/reply/" + token).with(csrf()).param("reply", "YES").param("consent", "NO"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(containsString("1 coming, 0 maybe, 0 not coming, 0 not replied yet")))
                .andExpect(content().string(containsString("Do not record this session")));
        mvc.perform(get("/reply/not-a-real-token")).andExpect(status().isNotFound());
    }

    @Test
    void someoneOpeningTheirLinkAgainIsToldWhenTheyRepliedAndWhatTheySaid() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie));
        String token = replyTokenIn(mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow());
        mvc.perform(get("/reply/" + token)).andExpect(content().string(not(containsString("You already replied"))));

        sessions.reply(northshire.id(), session, jamie, Reply.NO, null);
        jdbc.sql("update session_invitation set replied_at = :at where session_id = :session")
                .param("at", java.sql.Timestamp.from(LocalDate.of(2026, 3, 4).atTime(14, 30).atZone(Dates.LONDON).toInstant()))
                .param("session", session)
                .update();

        mvc.perform(get("/reply/" + token))
                .andExpect(content().string(containsString("You already replied on 4 March 2026.")))
                .andExpect(content().string(containsString("You said you cannot come.")))
                .andExpect(content().string(containsString("You can change your answer below.")));
        sessions.reply(northshire.id(), session, jamie, Reply.MAYBE, null);
        mvc.perform(get("/reply/" + token)).andExpect(content().string(containsString("You said you might come.")));
        var saved = mvc.perform(post("/reply/" + token).with(csrf()).param("reply", "YES")).andReturn().getResponse();
        mvc.perform(get(saved.getRedirectedUrl()).cookie(saved.getCookies()))
                .andExpect(content().string(containsString("We have saved that you are coming")))
                .andExpect(content().string(not(containsString("You already replied"))));
    }

    @Test
    void theDatabaseNeverHoldsTheReplyTokenThatWasEmailed() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie));
        String token = replyTokenIn(mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow());

        for (String table : List.of("session_invitation", "session_reply_token")) {
            assertThat(jdbc.sql("select count(*) from " + table + " t where strpos(t::text, :token) > 0").param("token", token)
                    .query(Integer.class).single()).as(table).isZero();
        }
        mvc.perform(get("/reply/" + token)).andExpect(content().string(containsString("Hello Jamie. You are invited.")));
    }

    @Test
    void eachEmailHasItsOwnReplyLinkAndTheEarlierOnesKeepWorking() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie));
        ReceivedEmail invitation = mail.latestTo(Fixtures.email(northshire, "jamie")).orElseThrow();
        int emails = mail.countTo(Fixtures.email(northshire, "jamie"));
        sessions.update(priya, session, at(LocalDate.now(Dates.LONDON).plusWeeks(3), 120));
        ReceivedEmail change = mail.latestTo(Fixtures.email(northshire, "jamie"), emails).orElseThrow();

        assertThat(replyTokenIn(change)).isNotEqualTo(replyTokenIn(invitation));
        assertThat(new String(change.attachments().get(0).content(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", ""))
                .contains("/reply/" + replyTokenIn(change));
        mvc.perform(post("/reply/" + replyTokenIn(invitation)).with(csrf()).param("reply", "MAYBE"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reply/" + replyTokenIn(change)).with(csrf()).param("reply", "YES"))
                .andExpect(status().is3xxRedirection());
        assertThat(invitations.find(northshire.id(), session, jamie).orElseThrow().reply()).isEqualTo(Reply.YES);
    }

    @Test
    void nobodyIsInvitedTwiceAndPeopleWithoutEmailAreListedToPhone() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        long pat = fixtures.person(northshire, PersonDetails.basic("Patricia Evans", "Pat", null, "01632 960 123", Set.of(InvolvementRole.FAMILY_CARER)));
        sessions.invite(priya, session, List.of(jamie));
        int emailsBefore = mail.countTo(Fixtures.email(northshire, "jamie"));

        mvc.perform(post("/sessions/" + session + "/invitations").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(jamie)).param("personId", String.valueOf(pat)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("notice",
                        "Already invited, so not invited again: Jamie. No email address, so phone or write to them: Pat."));
        assertThat(mail.countTo(Fixtures.email(northshire, "jamie"))).isEqualTo(emailsBefore);
        assertThat(invitations.forSession(northshire.id(), session)).hasSize(2);
    }

    @Test
    void peopleCannotBeInvitedToASessionThatHasStarted() throws Exception {
        long past = sessions.planForProject(priya, project, at(LocalDate.now(Dates.LONDON).minusDays(3), 60));
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());

        mvc.perform(post("/sessions/" + past + "/invitations").with(as(priya)).with(csrf()).param("personId", String.valueOf(jamie)))
                .andExpect(content().string(containsString("too late to invite people")));
        assertThat(invitations.forSession(northshire.id(), past)).isEmpty();
    }

    @Test
    void anUnarrangedNeedOfSomeoneComingIsFlaggedUntilItIsArranged() throws Exception {
        long ayesha = person("Ayesha Khan", "ayesha", Set.of(AccessNeed.BSL_INTERPRETER), Set.of());
        sessions.invite(priya, session, List.of(ayesha));
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(not(containsString("Design workshop on"))));

        sessions.reply(northshire.id(), session, ayesha, Reply.YES, "YES");

        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(containsString("1 of 1 not arranged yet")))
                .andExpect(content().string(containsString("For Ayesha.")));
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("1 access need is not arranged")));
        mvc.perform(post("/sessions/" + session + "/access/BSL_INTERPRETER").with(as(priya)).with(csrf()).param("note", "Booked for 10:15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(not(containsString("access need is not arranged"))));
        mvc.perform(get("/sessions/" + session).with(as(fixtures.partner(northshire))))
                .andExpect(content().string(not(containsString("For Ayesha."))));
    }

    @Test
    void theAccessNeedsShownToACoordinatorAreRecordedForEachPersonWithANeedAndNoOneElse() throws Exception {
        long ayesha = person("Ayesha Khan", "ayesha", Set.of(AccessNeed.BSL_INTERPRETER), Set.of());
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(ayesha, jamie));
        sessions.reply(northshire.id(), session, ayesha, Reply.YES, "YES");
        sessions.reply(northshire.id(), session, jamie, Reply.YES, "YES");

        mvc.perform(get("/sessions/" + session).with(as(priya))).andExpect(content().string(containsString("For Ayesha.")));
        mvc.perform(get("/sessions/" + session + "/access/BSL_INTERPRETER").with(as(priya))).andExpect(status().isOk());
        mvc.perform(get("/sessions/" + session).with(as(fixtures.partner(northshire)))).andExpect(status().isOk());

        List<String> seen = jdbc.sql("""
                        select person_name || ': ' || detail from audit_event
                        where organisation_id = :org and action = 'VIEWED' and topic = 'ACCESS_NEEDS' order by id""")
                .param("org", northshire.id()).query(String.class).list();
        assertThat(seen).containsExactly("Ayesha Khan: On the session page for Design workshop",
                "Ayesha Khan: On the page to arrange British Sign Language (BSL) interpreter for Design workshop");
    }

    @Test
    void changingTheTimeTellsEveryoneWhoHasNotSaidNoWithANewCalendarFile() throws Exception {
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        long rosie = person("Rosie Turner", "rosie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie, rosie));
        sessions.reply(northshire.id(), session, rosie, Reply.NO, null);
        int rosiesEmails = mail.countTo(Fixtures.email(northshire, "rosie"));
        int jamiesEmails = mail.countTo(Fixtures.email(northshire, "jamie"));

        int told = sessions.update(priya, session, at(LocalDate.now(Dates.LONDON).plusWeeks(3), 120));

        assertThat(told).isEqualTo(1);
        ReceivedEmail email = mail.latestTo(Fixtures.email(northshire, "jamie"), jamiesEmails).orElseThrow();
        assertThat(email.subject()).isEqualTo("Changed: Design workshop");
        assertThat(email.body()).contains("New time: ");
        var calendar = new CalendarBuilder().build(new ByteArrayInputStream(email.attachments().get(0).content()));
        assertThat(((VEvent) calendar.getComponent("VEVENT").orElseThrow()).getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(mail.countTo(Fixtures.email(northshire, "rosie"))).isEqualTo(rosiesEmails);
    }

    @Test
    void peopleComingTomorrowGetOneReminderEvenIfRemindersRunTwice() {
        jamieIsComingTomorrow();
        int before = mail.countTo(Fixtures.email(northshire, "jamie"));

        sessions.sendReminders(Instant.now());
        sessions.sendReminders(Instant.now());

        assertThat(mail.countTo(Fixtures.email(northshire, "jamie"))).isEqualTo(before + 1);
        assertThat(mail.latestTo(Fixtures.email(northshire, "jamie"), before).orElseThrow().subject()).startsWith("Reminder: Tomorrow's workshop, ");
    }

    @Test
    void aReminderRunThatIsRolledBackRemindsNobodyAndTheNextRunStillReminds() {
        jamieIsComingTomorrow();
        int before = mail.countTo(Fixtures.email(northshire, "jamie"));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            sessions.sendReminders(Instant.now());
            status.setRollbackOnly();
        });
        assertThat(mail.countTo(Fixtures.email(northshire, "jamie"))).isEqualTo(before);
        sessions.sendReminders(Instant.now());

        assertThat(mail.countTo(Fixtures.email(northshire, "jamie"))).isEqualTo(before + 1);
    }

    @Test
    void recordingWhoCameTellsTheRestOfCoproduceSoPeopleCanBePaid() {
        long past = sessions.planForProject(priya, project, at(LocalDate.now(Dates.LONDON).minusDays(1), 90));
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        projects.addToTeam(priya, project, jamie, org.coproduce.projects.ProjectRole.MEMBER);

        sessions.recordAttendance(priya, past, List.of(jamie, 999_999L));

        assertThat(events.stream(SessionAttended.class)).singleElement().satisfies(event -> {
            assertThat(event.sessionId()).isEqualTo(past);
            assertThat(event.personIds()).containsExactly(jamie);
            assertThat(Duration.between(event.startsAt(), event.endsAt())).isEqualTo(Duration.ofMinutes(90));
        });
    }

    @Test
    void aLongSessionWithoutABreakIsWarnedAbout() throws Exception {
        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(not(containsString("has no break"))));

        for (AgendaItem item : agendaRepository.items(northshire.id(), session)) {
            if (item.kind() == AgendaKind.BREAK) {
                sessions.removeAgendaItem(priya, session, item.id());
            }
        }

        mvc.perform(get("/sessions/" + session).with(as(priya)))
                .andExpect(content().string(containsString("This session is longer than an hour and has no break")));
    }

    @Test
    void partnersSeeTheirInvitationsUnderYourSessions() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);
        sessions.invite(priya, session, List.of(jamie.personId()));

        mvc.perform(get("/your-sessions").with(as(jamie)))
                .andExpect(content().string(containsString("Design workshop")))
                .andExpect(content().string(containsString("You have not replied yet.")))
                .andExpect(content().string(containsString("href=\"/your-sessions/" + session + "/reply\"")));
    }

    @Test
    void aSignedInPartnerRepliesFromYourSessionsButNotToSessionsTheyAreNotInvitedTo() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);
        sessions.invite(priya, session, List.of(jamie.personId()));
        long other = sessions.planForProject(priya, project, at(LocalDate.now(Dates.LONDON).plusWeeks(4), 60));

        mvc.perform(get("/your-sessions/" + session + "/reply").with(as(jamie)))
                .andExpect(content().string(containsString("action=\"/your-sessions/" + session + "/reply\"")));
        mvc.perform(post("/your-sessions/" + session + "/reply").with(as(jamie)).with(csrf()).param("reply", "NO"))
                .andExpect(status().is3xxRedirection());

        assertThat(invitations.find(northshire.id(), session, jamie.personId()).orElseThrow().reply()).isEqualTo(Reply.NO);
        mvc.perform(get("/your-sessions/" + other + "/reply").with(as(jamie))).andExpect(status().isNotFound());
        mvc.perform(post("/your-sessions/" + other + "/reply").with(as(jamie)).with(csrf()).param("reply", "YES"))
                .andExpect(status().isNotFound());
    }

    @Test
    void someoneComingSeesWhatIsArrangedForThemUnderYourSessions() throws Exception {
        long person = person("Jamie Lee", "jamie", Set.of(AccessNeed.HEARING_LOOP), Set.of());
        String email = Fixtures.email(northshire, "jamie");
        long account = enrolment.enrol(northshire.id(), person, email, Fixtures.PASSWORD, Set.of(org.coproduce.accounts.Role.PARTNER));
        CurrentUser jamie = new CurrentUser(account, email, northshire.id(), northshire.name(), person, "Jamie",
                Set.of(org.coproduce.accounts.Role.PARTNER), false, null);
        sessions.invite(priya, session, List.of(jamie.personId()));
        sessions.reply(northshire.id(), session, jamie.personId(), Reply.YES, "YES");

        mvc.perform(get("/your-sessions").with(as(jamie)))
                .andExpect(content().string(containsString("Hearing loop:")))
                .andExpect(content().string(containsString("we are arranging this")));
        sessions.arrange(priya, session, "HEARING_LOOP", "The loop in room 2 is tested.");
        mvc.perform(get("/your-sessions").with(as(jamie)))
                .andExpect(content().string(containsString("Hearing loop:")))
                .andExpect(content().string(not(containsString("we are arranging this"))))
                .andExpect(content().string(not(containsString("The loop in room 2 is tested."))));
    }

    @Test
    void anotherOrganisationCanNeverSeeOrChangeASessionOrItsInvitations() throws Exception {
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, session, List.of(jamie));

        for (String page : List.of("/sessions/" + session, "/sessions/" + session + "/edit", "/sessions/" + session + "/agenda",
                "/sessions/" + session + "/invitations", "/sessions/" + session + "/access/BSL_INTERPRETER",
                "/projects/" + project + "/sessions", "/projects/" + project + "/sessions/new")) {
            mvc.perform(get(page).with(as(ruth))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/sessions/" + session + "/invitations").with(as(ruth)).with(csrf()).param("personId", String.valueOf(jamie)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sessions/" + session + "/invitations/" + jamie + "/reply").with(as(ruth)).with(csrf()).param("reply-" + jamie, "NO"))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> sessions.invite(ruth, session, List.of(jamie))).isInstanceOf(org.coproduce.web.NotFoundException.class);
        assertThat(invitations.find(northshire.id(), session, jamie).orElseThrow().reply()).isNull();
    }

    private static String replyTokenIn(ReceivedEmail email) {
        var link = java.util.regex.Pattern.compile("http://localhost/reply/([A-Za-z0-9_-]+)").matcher(email.body());
        assertThat(link.find()).as("a reply link in " + email.subject()).isTrue();
        return link.group(1);
    }

    /** Jamie is invited to a workshop starting in 20 hours, and has said he is coming. */
    private void jamieIsComingTomorrow() {
        long tomorrow = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Tomorrow's workshop", null,
                Instant.now().plus(Duration.ofHours(20)), Instant.now().plus(Duration.ofHours(22)), "Room 2", null));
        long jamie = person("Jamie Lee", "jamie", Set.of(), Set.of());
        sessions.invite(priya, tomorrow, List.of(jamie));
        sessions.reply(northshire.id(), tomorrow, jamie, Reply.YES, null);
    }

    private long person(String name, String first, Set<AccessNeed> needs, Set<CommunicationFormat> formats) {
        return fixtures.person(northshire, new PersonDetails(name, first.substring(0, 1).toUpperCase() + first.substring(1), null, null, null,
                Fixtures.email(northshire, first), null, null, null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null,
                needs, null, formats));
    }

    private static SessionDetails at(LocalDate day, int minutes) {
        Instant start = day.atTime(LocalTime.of(10, 30)).atZone(Dates.LONDON).toInstant();
        return new SessionDetails(SessionKind.WORKSHOP, "Design workshop", "Design the new day service together.",
                start, start.plus(Duration.ofMinutes(minutes)), "Room 2, Community Hub", null);
    }

    private static Instant start(LocalDate day) {
        return day.atTime(LocalTime.of(10, 30)).atZone(Dates.LONDON).toInstant();
    }
}
