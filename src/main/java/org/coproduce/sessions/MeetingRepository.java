package org.coproduce.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.groups.Quorum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
/** Sessions, who came to them and what they decided. (Not "SessionRepository": Spring Session has a bean of that name.) */
class MeetingRepository {

    private static final String SELECT = """
            select id, group_id, project_id, kind, title, purpose, intended_outcomes, starts_at, ends_at, place, online_link,
                   attendance_recorded_at, quorum_required, quorum_lived_experience, revision, closed_at,
                   follow_up_skipped_reason
            from coproduction_session
            """;

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Session> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(MeetingRepository::map).optional();
    }

    /** A group's sessions, the latest first. */
    List<Session> forGroup(long organisationId, long groupId) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and group_id = :groupId order by starts_at desc")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query(MeetingRepository::map).list();
    }

    /** A project's sessions, the latest first. */
    List<Session> forProject(long organisationId, long projectId) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and project_id = :projectId order by starts_at desc")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query(MeetingRepository::map).list();
    }

    /**
     * The sessions a person is invited to or came to, newest first, with what they belong to, the person's reply and
     * whether they came. A group's members often come without an invitation, so their attendance counts as much.
     */
    List<YourSession> invitedToOrAttended(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.id, s.group_id, s.project_id, s.kind, s.title, s.purpose, s.intended_outcomes, s.starts_at, s.ends_at,
                               s.place, s.online_link, s.attendance_recorded_at, s.quorum_required, s.quorum_lived_experience,
                               s.revision, s.closed_at, s.follow_up_skipped_reason, coalesce(g.name, p.title) as host_name,
                               i.id is not null as invited, i.reply, a.person_id is not null as came
                        from coproduction_session s
                        left join session_invitation i
                               on i.session_id = s.id and i.organisation_id = s.organisation_id and i.person_id = :personId
                        left join session_attendance a
                               on a.session_id = s.id and a.organisation_id = s.organisation_id and a.person_id = :personId
                        left join coproduction_group g on g.id = s.group_id
                        left join project p on p.id = s.project_id
                        where s.organisation_id = :organisationId
                          and s.id in (select session_id from session_invitation where organisation_id = :organisationId and person_id = :personId
                                       union
                                       select session_id from session_attendance where organisation_id = :organisationId and person_id = :personId)
                        order by s.starts_at desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new YourSession(map(rs, row), rs.getString("host_name"), rs.getBoolean("invited"),
                        rs.getString("reply") == null ? null : Reply.valueOf(rs.getString("reply")), rs.getBoolean("came"), List.of()))
                .list();
    }

    /** Sessions that start between two moments, soonest first: for reminders and the home page. */
    List<Session> startingBetween(long organisationId, Instant from, Instant to) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and starts_at >= :from and starts_at < :to order by starts_at")
                .param("organisationId", organisationId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(MeetingRepository::map).list();
    }

    long create(long organisationId, Long groupId, Long projectId, SessionDetails details) {
        return jdbc.sql("""
                        insert into coproduction_session (organisation_id, group_id, project_id, kind, title, purpose,
                                                          intended_outcomes, starts_at, ends_at, place, online_link)
                        values (:organisationId, :groupId, :projectId, :kind, :title, :purpose, :intendedOutcomes, :startsAt,
                                :endsAt, :place, :onlineLink)
                        returning id""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("projectId", projectId)
                .params(parameters(details))
                .query(Long.class).single();
    }

    void update(long organisationId, long id, SessionDetails details) {
        jdbc.sql("""
                        update coproduction_session set kind = :kind, title = :title, purpose = :purpose,
                               intended_outcomes = :intendedOutcomes, starts_at = :startsAt, ends_at = :endsAt, place = :place,
                               online_link = :onlineLink, updated_at = now(), revision = revision + 1
                        where organisation_id = :organisationId and id = :id""")
                .param("organisationId", organisationId)
                .param("id", id)
                .params(parameters(details))
                .update();
    }

    private static java.util.Map<String, Object> parameters(SessionDetails details) {
        var map = new java.util.HashMap<String, Object>();
        map.put("kind", details.kind().name());
        map.put("title", details.title());
        map.put("purpose", details.purpose());
        map.put("intendedOutcomes", details.intendedOutcomes());
        map.put("startsAt", Timestamp.from(details.startsAt()));
        map.put("endsAt", Timestamp.from(details.endsAt()));
        map.put("place", details.place());
        map.put("onlineLink", details.onlineLink());
        return map;
    }

    Set<Long> attendees(long organisationId, long sessionId) {
        return Set.copyOf(jdbc.sql("select person_id from session_attendance where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query(Long.class).list());
    }

    /** Replaces the record of who came. */
    void recordAttendance(long organisationId, long sessionId, List<Long> personIds, Quorum quorum, long recordedBy) {
        jdbc.sql("delete from session_attendance where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .update();
        for (long personId : personIds) {
            jdbc.sql("""
                            insert into session_attendance (session_id, person_id, organisation_id, recorded_by_person_id)
                            values (:sessionId, :personId, :organisationId, :recordedBy)""")
                    .param("sessionId", sessionId)
                    .param("personId", personId)
                    .param("organisationId", organisationId)
                    .param("recordedBy", recordedBy)
                    .update();
        }
        jdbc.sql("""
                        update coproduction_session
                        set attendance_recorded_at = now(), quorum_required = :required, quorum_lived_experience = :lived
                        where organisation_id = :organisationId and id = :id""")
                .param("required", quorum.required())
                .param("lived", quorum.livedExperience())
                .param("organisationId", organisationId)
                .param("id", sessionId)
                .update();
    }

    List<Decision> decisions(long organisationId, long sessionId) {
        return jdbc.sql("""
                        select d.id, d.text, coalesce(p.known_as, p.full_name) as recorded_by, d.recorded_at, d.rung,
                               coalesce((select string_agg(coalesce(w.known_as, w.full_name), '|' order by lower(w.full_name))
                                         from decision_participant dp join person w on w.id = dp.person_id
                                         where dp.decision_id = d.id), '') as participants
                        from session_decision d
                        join person p on p.id = d.recorded_by_person_id
                        where d.organisation_id = :organisationId and d.session_id = :sessionId
                        order by d.id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new Decision(rs.getLong("id"), rs.getString("text"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("rung") == null ? null : org.coproduce.projects.Rung.valueOf(rs.getString("rung")),
                        rs.getString("participants").isEmpty() ? List.of() : List.of(rs.getString("participants").split("\\|"))))
                .list();
    }

    long addDecision(long organisationId, long sessionId, String text, org.coproduce.projects.Rung rung, Collection<Long> participants,
            long recordedBy) {
        long id = jdbc.sql("""
                        insert into session_decision (organisation_id, session_id, text, rung, recorded_by_person_id)
                        values (:organisationId, :sessionId, :text, :rung, :recordedBy)
                        returning id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("text", text)
                .param("rung", rung == null ? null : rung.name())
                .param("recordedBy", recordedBy)
                .query(Long.class).single();
        for (long person : participants) {
            jdbc.sql("insert into decision_participant (decision_id, person_id, organisation_id) values (:id, :person, :organisationId)")
                    .param("id", id)
                    .param("person", person)
                    .param("organisationId", organisationId)
                    .update();
        }
        return id;
    }

    /** Closes the session: follow-up was sent, or skipped for this reason (null when it was sent). */
    boolean close(long organisationId, long sessionId, String skippedBecause) {
        return jdbc.sql("""
                        update coproduction_session set closed_at = now(), follow_up_skipped_reason = :reason
                        where organisation_id = :organisationId and id = :id and closed_at is null""")
                .param("reason", skippedBecause)
                .param("organisationId", organisationId)
                .param("id", sessionId)
                .update() == 1;
    }

    /** Someone must be reminded again when a session moves. */
    void forgetReminders(long organisationId, long sessionId) {
        jdbc.sql("update session_invitation set reminded_at = null where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .update();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        Timestamp recorded = rs.getTimestamp("attendance_recorded_at");
        return new Session(
                rs.getLong("id"),
                (Long) rs.getObject("group_id"),
                (Long) rs.getObject("project_id"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("purpose"),
                rs.getString("intended_outcomes"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("online_link"),
                recorded == null ? null : recorded.toInstant(),
                recorded == null ? null : new Quorum((Integer) rs.getObject("quorum_required"), rs.getInt("quorum_lived_experience")),
                rs.getInt("revision"),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("follow_up_skipped_reason"));
    }
}
