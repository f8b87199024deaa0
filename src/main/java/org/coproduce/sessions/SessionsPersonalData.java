package org.coproduce.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coproduce.people.Register;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.projects.Rung;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sessions' part of someone's copy of their information: their invitations and replies, whether they came, what
 * they said and decided, what they agreed to do, what we told them afterwards, and what we arranged for them.
 */
@Component
class SessionsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final MeetingRepository sessions;
    private final SessionRecordRepository record;
    private final ArrangementRepository arrangements;
    private final Register register;
    private final Labels labels;

    SessionsPersonalData(JdbcClient jdbc, MeetingRepository sessions, SessionRecordRepository record, ArrangementRepository arrangements,
            Register register, Labels labels) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.record = record;
        this.arrangements = arrangements;
        this.register = register;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<List<String>> impact = record.impactOf(organisationId, personId).stream()
                .map(said -> List.of(said.sessionTitle(), Dates.date(said.sessionDay()), said.text(),
                        said.personal() ? "About you" : "To everyone who came", Dates.date(said.sentAt())))
                .toList();
        return Part.of("Your sessions",
                "The meetings and workshops you were invited to, your replies, whether you came, when you spoke, what you said, "
                        + "the decisions you took part in, what you agreed to do, and what we told you afterwards about the difference "
                        + "you made. We keep this to run sessions well, to pay you for your time and to show what changed because of you.",
                new Table("Invitations and who came", List.of("Session", "Day", "Group or project", "Invited on", "Your reply",
                        "Replied on", "You agree to it being recorded", "You came"), invitations(organisationId, personId)),
                new Table("When you spoke", List.of("Session", "Day", "Agenda item"), spoke(organisationId, personId)),
                new Table("What you said", List.of("Session", "Day", "What you said", "Written down", "Recorded on"), said(organisationId, personId)),
                new Table("Decisions you took part in", List.of("Session", "Day", "Decision", "On the ladder of participation", "Recorded on"),
                        decisions(organisationId, personId)),
                new Table("What you agreed to do", List.of("Session", "Day", "What", "By", "Done on", "What was done"), actions(organisationId, personId)),
                new Table("Your impact: what we told you afterwards", List.of("Session", "Day", "What we said", "Who it was for", "Sent on"), impact),
                new Table("What we arranged so you could take part", List.of("Session", "Day", "What you need", "What we arranged"),
                        arranged(organisationId, personId)));
    }

    /** Sessions they were invited to or came to, with or without an invitation. */
    private List<List<String>> invitations(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, coalesce(g.name, pr.title) as host, i.invited_at, i.reply, i.replied_at,
                               i.consent_to_record, a.person_id is not null as came, s.attendance_recorded_at is not null as taken
                        from coproduction_session s
                        left join session_invitation i on i.session_id = s.id and i.organisation_id = s.organisation_id
                                                      and i.person_id = :personId
                        left join session_attendance a on a.session_id = s.id and a.organisation_id = s.organisation_id
                                                      and a.person_id = :personId
                        left join coproduction_group g on g.id = s.group_id and g.organisation_id = s.organisation_id
                        left join project pr on pr.id = s.project_id and pr.organisation_id = s.organisation_id
                        where s.organisation_id = :organisationId and (i.id is not null or a.person_id is not null)
                        order by s.starts_at desc, s.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> Arrays.asList(rs.getString("title"), day(rs), rs.getString("host"), date(rs.getTimestamp("invited_at")),
                        rs.getString("reply") == null ? "" : labels.of(Reply.valueOf(rs.getString("reply"))), date(rs.getTimestamp("replied_at")),
                        yesOrNo(rs.getString("consent_to_record")),
                        rs.getBoolean("came") ? "Yes" : rs.getBoolean("taken") ? "No" : "Not recorded yet"))
                .list();
    }

    private List<List<String>> spoke(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, i.title as item
                        from contribution c
                        join coproduction_session s on s.id = c.session_id and s.organisation_id = c.organisation_id
                        join agenda_item i on i.id = c.agenda_item_id and i.organisation_id = c.organisation_id
                        where c.organisation_id = :organisationId and c.person_id = :personId
                        order by s.starts_at desc, i.position""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("title"), day(rs), rs.getString("item")))
                .list();
    }

    private List<List<String>> said(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, n.text, n.own_words, n.recorded_at
                        from insight n
                        join coproduction_session s on s.id = n.session_id and s.organisation_id = n.organisation_id
                        where n.organisation_id = :organisationId and n.said_by_person_id = :personId
                        order by s.starts_at desc, n.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("title"), day(rs), rs.getString("text"),
                        rs.getBoolean("own_words") ? "In your own words" : "As a summary", date(rs.getTimestamp("recorded_at"))))
                .list();
    }

    private List<List<String>> decisions(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, d.text, d.rung, d.recorded_at
                        from decision_participant dp
                        join session_decision d on d.id = dp.decision_id and d.organisation_id = dp.organisation_id
                        join coproduction_session s on s.id = d.session_id and s.organisation_id = d.organisation_id
                        where dp.organisation_id = :organisationId and dp.person_id = :personId
                        order by s.starts_at desc, d.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("title"), day(rs), rs.getString("text"),
                        rs.getString("rung") == null ? "" : labels.of(Rung.valueOf(rs.getString("rung"))), date(rs.getTimestamp("recorded_at"))))
                .list();
    }

    private List<List<String>> actions(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, a.what, a.due_on, a.done_at, a.done_note
                        from session_action a
                        join coproduction_session s on s.id = a.session_id and s.organisation_id = a.organisation_id
                        where a.organisation_id = :organisationId and a.owner_person_id = :personId
                        order by a.due_on desc, a.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> Arrays.asList(rs.getString("title"), day(rs), rs.getString("what"),
                        Dates.date(rs.getDate("due_on").toLocalDate()), date(rs.getTimestamp("done_at")), rs.getString("done_note")))
                .list();
    }

    /**
     * Arrangements are kept for a session and a need, shared by everyone with that need, so only the needs that are
     * theirs, in the sessions they said they may come to, are theirs to see.
     */
    private List<List<String>> arranged(long organisationId, long personId) {
        var needs = register.accessAndCommunication(organisationId, personId);
        var them = new AccessCheck.Coming(personId, "", needs.needs(), needs.formats(), needs.otherNeeds());
        List<List<String>> rows = new ArrayList<>();
        for (YourSession yours : sessions.invitedToOrAttended(organisationId, personId)) {
            if (yours.reply() != Reply.YES && yours.reply() != Reply.MAYBE) {
                continue;
            }
            for (AccessCheck.Need need : AccessCheck.of(List.of(them), arrangements.arranged(organisationId, yours.session().id())).needs()) {
                if (need.arranged()) {
                    rows.add(Arrays.asList(yours.session().title(), Dates.date(yours.session().day()), label(need),
                            need.note() == null ? "Arranged" : need.note()));
                }
            }
        }
        return rows;
    }

    private String label(AccessCheck.Need need) {
        if (need.need() != null) {
            return labels.of(need.need());
        }
        return need.format() != null ? "Papers: " + labels.of(need.format()) : need.other();
    }

    private static String day(ResultSet rs) throws SQLException {
        return Dates.date(rs.getTimestamp("starts_at").toInstant());
    }

    private static String date(Timestamp at) {
        return at == null ? "" : Dates.date(at.toInstant());
    }

    private static String yesOrNo(String answer) {
        return answer == null ? "Not asked yet" : "YES".equals(answer) ? "Yes" : "No";
    }
}
