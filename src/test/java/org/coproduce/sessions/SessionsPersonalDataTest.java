package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.projects.Rung;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person's copy of their information holds what they were invited to, said, decided and agreed at sessions, and nobody else's. */
@CoproduceTest
class SessionsPersonalDataTest {

    @Autowired Fixtures fixtures;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired AgendaRepository agenda;
    @Autowired JdbcClient jdbc;
    @Autowired SessionsPersonalData personalData;

    Organisation northshire;
    CurrentUser priya;
    long jamie;
    long aisha;
    long session;
    Instant start = LocalDate.now(Dates.LONDON).plusDays(3).atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = person("Jamie Lee", AccessNeed.BSL_INTERPRETER);
        aisha = person("Aisha Rahman", AccessNeed.QUIET_ROOM);
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie, ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha, ProjectRole.MEMBER);
        session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofMinutes(120)), "Room 2", null));
        sessions.invite(priya, session, List.of(jamie, aisha));
        sessions.replyFor(priya, session, jamie, Reply.YES, "YES");
        sessions.replyFor(priya, session, aisha, Reply.MAYBE, "NO");
        sessions.arrange(priya, session, "BSL_INTERPRETER", "Interpreter booked for 9:45");
        sessions.arrange(priya, session, "QUIET_ROOM", "The small room next door");

        start = start.minus(Duration.ofDays(5));
        jdbc.sql("update coproduction_session set starts_at = :start, ends_at = :end where id = :id")
                .param("start", java.sql.Timestamp.from(start)).param("end", java.sql.Timestamp.from(start.plus(Duration.ofMinutes(120))))
                .param("id", session).update();
        sessions.recordAttendance(priya, session, List.of(jamie, aisha));
        List<AgendaItem> items = agenda.items(northshire.id(), session);
        sessions.recordContributions(priya, session, Map.of(items.get(1).id(), Set.of(jamie), items.get(2).id(), Set.of(aisha)));
        sessions.addInsight(priya, session, jamie, "I want to go out in the evenings, not just the day.", true);
        sessions.addInsight(priya, session, aisha, "The bus never comes on time.", true);
        sessions.decide(priya, session, "Try a Saturday club for six months.", Rung.CO_PRODUCTION, List.of(jamie));
        sessions.decide(priya, session, "Write to the bus company.", null, List.of(aisha));
        sessions.addAction(priya, session, "Visit two day services", jamie, LocalDate.now(Dates.LONDON).plusWeeks(2));
        sessions.addAction(priya, session, "Ask the bus company for a timetable", aisha, LocalDate.now(Dates.LONDON).plusWeeks(2));
        sessions.sendFollowUp(priya, session, Map.of(jamie, "Your idea started the Saturday club.", aisha, "Your point went to the bus company."),
                "Thank you all for coming.");
    }

    @Test
    void theCopyHoldsTheirInvitationReplyConsentToRecordAndThatTheyCame() {
        assertThat(rows(personalData.about(northshire.id(), jamie), "Invitations and who came")).containsExactly(List.of("Design workshop",
                Dates.date(start), "Day services review", Dates.date(Instant.now()), "Yes", Dates.date(Instant.now()), "Yes", "Yes"));
    }

    @Test
    void theCopyHoldsWhenTheySpokeAndWhatTheySaidInTheirOwnWords() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie);

        assertThat(rows(part, "When you spoke")).containsExactly(
                List.of("Design workshop", Dates.date(start), agenda.items(northshire.id(), session).get(1).title()));
        assertThat(rows(part, "What you said")).containsExactly(List.of("Design workshop", Dates.date(start),
                "I want to go out in the evenings, not just the day.", "In your own words", Dates.date(Instant.now())));
    }

    @Test
    void theCopyHoldsTheDecisionsTheyTookPartInTheirActionsAndTheirImpact() {
        PersonalData.Part part = personalData.about(northshire.id(), jamie);

        assertThat(rows(part, "Decisions you took part in")).extracting(row -> row.get(2), row -> row.get(3))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Try a Saturday club for six months.", "Co-production"));
        assertThat(rows(part, "What you agreed to do")).extracting(row -> row.get(2)).containsExactly("Visit two day services");
        assertThat(rows(part, "Your impact: what we told you afterwards")).extracting(row -> row.get(2), row -> row.get(3))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Your idea started the Saturday club.", "About you"),
                        org.assertj.core.groups.Tuple.tuple("Thank you all for coming.", "To everyone who came"));
    }

    @Test
    void theCopyHoldsOnlyTheArrangementsMadeForTheirOwnNeeds() {
        assertThat(rows(personalData.about(northshire.id(), jamie), "What we arranged so you could take part")).containsExactly(
                List.of("Design workshop", Dates.date(start), "British Sign Language (BSL) interpreter", "Interpreter booked for 9:45"));
    }

    @Test
    void nothingSaidDecidedOrArrangedForSomeoneElseIsInTheCopy() {
        String copy = personalData.about(northshire.id(), jamie).tables().toString();

        assertThat(copy).doesNotContain("The bus never comes on time.").doesNotContain("Write to the bus company.")
                .doesNotContain("Ask the bus company").doesNotContain("Your point went to the bus company.")
                .doesNotContain("The small room next door");
    }

    @Test
    void anotherOrganisationHoldsNothingAboutThem() {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");

        assertThat(personalData.about(eastvale.id(), jamie).empty()).isTrue();
    }

    private long person(String name, AccessNeed need) {
        return fixtures.person(northshire, new PersonDetails(name, name.split(" ")[0], null, null, null, null, null, null, null, null,
                Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null, Set.of(need), null, Set.of()));
    }

    private static List<List<String>> rows(PersonalData.Part part, String title) {
        return part.tables().stream().filter(table -> table.title().equals(title)).findFirst()
                .map(PersonalData.Table::rows).orElse(List.of());
    }
}
