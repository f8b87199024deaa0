package org.coproduce.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
            select id, group_id, kind, title, purpose, starts_at, ends_at, place, online_link, attendance_recorded_at,
                   quorum_required, quorum_lived_experience
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

    long create(long organisationId, long groupId, SessionDetails details) {
        return jdbc.sql("""
                        insert into coproduction_session (organisation_id, group_id, kind, title, purpose, starts_at, ends_at,
                                                          place, online_link)
                        values (:organisationId, :groupId, :kind, :title, :purpose, :startsAt, :endsAt, :place, :onlineLink)
                        returning id""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("kind", details.kind().name())
                .param("title", details.title())
                .param("purpose", details.purpose())
                .param("startsAt", Timestamp.from(details.startsAt()))
                .param("endsAt", Timestamp.from(details.endsAt()))
                .param("place", details.place())
                .param("onlineLink", details.onlineLink())
                .query(Long.class).single();
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
                        select d.id, d.text, coalesce(p.known_as, p.full_name) as recorded_by, d.recorded_at
                        from session_decision d
                        join person p on p.id = d.recorded_by_person_id
                        where d.organisation_id = :organisationId and d.session_id = :sessionId
                        order by d.id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new Decision(rs.getLong("id"), rs.getString("text"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void addDecision(long organisationId, long sessionId, String text, long recordedBy) {
        jdbc.sql("""
                        insert into session_decision (organisation_id, session_id, text, recorded_by_person_id)
                        values (:organisationId, :sessionId, :text, :recordedBy)""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("text", text)
                .param("recordedBy", recordedBy)
                .update();
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        Timestamp recorded = rs.getTimestamp("attendance_recorded_at");
        return new Session(
                rs.getLong("id"),
                rs.getLong("group_id"),
                SessionKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("purpose"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("place"),
                rs.getString("online_link"),
                recorded == null ? null : recorded.toInstant(),
                recorded == null ? null : new Quorum((Integer) rs.getObject("quorum_required"), rs.getInt("quorum_lived_experience")));
    }
}
