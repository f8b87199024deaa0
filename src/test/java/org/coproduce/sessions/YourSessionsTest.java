package org.coproduce.sessions;

import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.groups.GroupChanges;
import org.coproduce.groups.GroupDetails;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.MeetingFrequency;
import org.coproduce.groups.MemberRole;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** "Your sessions": a partner's own list of what they are invited to and what they came to. */
@CoproduceTest
class YourSessionsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GroupChanges groups;
    @Autowired Sessions sessions;
    @Autowired JdbcClient jdbc;

    LocalDate today = LocalDate.now(Dates.LONDON);
    CurrentUser priya;
    CurrentUser jamie;
    CurrentUser aisha;
    long board;

    @BeforeEach
    void setUp() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        aisha = fixtures.member(northshire, "Aisha Rahman", "Aisha", Role.PARTNER);
        board = groups.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        for (CurrentUser member : List.of(jamie, aisha)) {
            groups.addMember(priya, board, member.personId(), MemberRole.MEMBER, today.minusYears(1), today.plusYears(2));
        }
    }

    @Test
    void aPartnerWhoCameToAGroupMeetingWithoutAnInvitationSeesItUnderPast() throws Exception {
        LocalDate october = today.minusWeeks(6);
        long came = sessions.plan(priya, board, meeting("Board meeting", october));
        sessions.recordAttendance(priya, came, List.of(jamie.personId(), aisha.personId()));
        long missed = sessions.plan(priya, board, meeting("Extra board meeting", today.minusWeeks(2)));
        sessions.recordAttendance(priya, missed, List.of(aisha.personId()));

        mvc.perform(get("/your-sessions").with(as(jamie)))
                .andExpect(content().string(containsString("Board meeting, " + Dates.date(october) + " (Partnership Board). You came.")))
                .andExpect(content().string(not(containsString("Extra board meeting"))))
                .andExpect(content().string(not(containsString("Nothing yet."))))
                .andExpect(content().string(containsString("You are not invited to anything yet.")));
    }

    @Test
    void aPartnerWhoChoseWelshReadsTheirSessionsInWelsh() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 4);
        long came = sessions.plan(priya, board, meeting("Cyfarfod y bwrdd", day));
        sessions.recordAttendance(priya, came, List.of(jamie.personId()));

        mvc.perform(get("/your-sessions").with(as(jamie)).cookie(new jakarta.servlet.http.Cookie("coproduce-language", "cy")))
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Eich sesiynau</h1>")))
                .andExpect(content().string(containsString("Does dim gwahoddiad i chi eto.")))
                .andExpect(content().string(containsString("Cyfarfod y bwrdd, 4 Mawrth 2026 (Partnership Board). Daethoch chi.")));
    }

    @Test
    void pastInvitationsSayWhetherThePersonCameOrWhatTheySaidUntilSomeoneRecordsIt() throws Exception {
        long missed = sessions.plan(priya, board, meeting("Board meeting", today.plusWeeks(1)));
        long notRecorded = sessions.plan(priya, board, meeting("Extra board meeting", today.plusWeeks(2)));
        sessions.invite(priya, missed, List.of(jamie.personId(), aisha.personId()));
        sessions.invite(priya, notRecorded, List.of(jamie.personId()));
        sessions.reply(jamie.organisationId(), missed, jamie.personId(), Reply.YES, null);
        sessions.reply(jamie.organisationId(), notRecorded, jamie.personId(), Reply.MAYBE, null);
        jdbc.sql("update coproduction_session set starts_at = starts_at - interval '4 weeks', ends_at = ends_at - interval '4 weeks' where group_id = :board")
                .param("board", board).update();
        sessions.recordAttendance(priya, missed, List.of(aisha.personId()));

        mvc.perform(get("/your-sessions").with(as(jamie)))
                .andExpect(content().string(containsString("Board meeting, " + Dates.date(today.minusWeeks(3)) + " (Partnership Board). You did not come.")))
                .andExpect(content().string(containsString("Extra board meeting, " + Dates.date(today.minusWeeks(2)) + " (Partnership Board). You said you might come.")));
    }

    private static SessionDetails meeting(String title, LocalDate day) {
        return new SessionDetails(SessionKind.MEETING, title, null,
                day.atTime(10, 30).atZone(Dates.LONDON).toInstant(), day.atTime(12, 30).atZone(Dates.LONDON).toInstant(), "Room 2", null);
    }
}
