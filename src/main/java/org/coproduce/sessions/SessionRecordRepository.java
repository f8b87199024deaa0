package org.coproduce.sessions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened at a session: who spoke, insights, actions, and the follow-up sent afterwards. */
@Repository
class SessionRecordRepository {

    private final JdbcClient jdbc;

    SessionRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each agenda item, who spoke on it. */
    Map<Long, Set<Long>> contributions(long organisationId, long sessionId) {
        Map<Long, Set<Long>> spoke = new HashMap<>();
        jdbc.sql("select agenda_item_id, person_id from contribution where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query(rs -> {
                    spoke.computeIfAbsent(rs.getLong("agenda_item_id"), item -> new HashSet<>()).add(rs.getLong("person_id"));
                });
        return spoke;
    }

    /** Replaces who spoke on each agenda item. */
    void saveContributions(long organisationId, long sessionId, Map<Long, ? extends Set<Long>> spoke) {
        jdbc.sql("delete from contribution where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .update();
        spoke.forEach((item, people) -> people.forEach(person -> jdbc.sql("""
                        insert into contribution (agenda_item_id, person_id, organisation_id, session_id)
                        values (:item, :person, :organisationId, :sessionId)""")
                .param("item", item)
                .param("person", person)
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .update()));
    }

    List<Insight> insights(long organisationId, long sessionId) {
        return jdbc.sql("""
                        select i.id, i.said_by_person_id, coalesce(p.known_as, p.full_name) as said_by, i.text, i.own_words, i.recorded_at
                        from insight i
                        left join person p on p.id = i.said_by_person_id
                        where i.organisation_id = :organisationId and i.session_id = :sessionId
                        order by i.id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new Insight(rs.getLong("id"), (Long) rs.getObject("said_by_person_id"), rs.getString("said_by"),
                        rs.getString("text"), rs.getBoolean("own_words"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void addInsight(long organisationId, long sessionId, Long saidBy, String text, boolean ownWords, long recordedBy) {
        jdbc.sql("""
                        insert into insight (organisation_id, session_id, said_by_person_id, text, own_words, recorded_by_person_id)
                        values (:organisationId, :sessionId, :saidBy, :text, :ownWords, :recordedBy)""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("saidBy", saidBy)
                .param("text", text)
                .param("ownWords", ownWords)
                .param("recordedBy", recordedBy)
                .update();
    }

    List<SessionAction> actions(long organisationId, long sessionId) {
        return jdbc.sql("""
                        select a.id, a.what, a.owner_person_id, coalesce(p.known_as, p.full_name) as owner, a.due_on, a.done_at, a.done_note
                        from session_action a
                        join person p on p.id = a.owner_person_id
                        where a.organisation_id = :organisationId and a.session_id = :sessionId
                        order by a.due_on, a.id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new SessionAction(rs.getLong("id"), rs.getString("what"), rs.getLong("owner_person_id"),
                        rs.getString("owner"), rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(), rs.getString("done_note")))
                .list();
    }

    void addAction(long organisationId, long sessionId, String what, long owner, LocalDate dueOn) {
        jdbc.sql("""
                        insert into session_action (organisation_id, session_id, what, owner_person_id, due_on)
                        values (:organisationId, :sessionId, :what, :owner, :dueOn)""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("what", what)
                .param("owner", owner)
                .param("dueOn", dueOn)
                .update();
    }

    boolean markDone(long organisationId, long sessionId, long actionId, String note) {
        return jdbc.sql("""
                        update session_action set done_at = now(), done_note = :note
                        where organisation_id = :organisationId and session_id = :sessionId and id = :id and done_at is null""")
                .param("note", note)
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("id", actionId)
                .update() == 1;
    }

    List<FollowUp> followUps(long organisationId, long sessionId) {
        return jdbc.sql("""
                        select f.id, f.person_id, coalesce(p.known_as, p.full_name) as name, f.text, f.sent_at
                        from follow_up f
                        left join person p on p.id = f.person_id
                        where f.organisation_id = :organisationId and f.session_id = :sessionId
                        order by f.person_id nulls first, f.id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new FollowUp(rs.getLong("id"), (Long) rs.getObject("person_id"), rs.getString("name"),
                        rs.getString("text"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    void addFollowUp(long organisationId, long sessionId, Long personId, String text, long writtenBy) {
        jdbc.sql("""
                        insert into follow_up (organisation_id, session_id, person_id, text, written_by_person_id)
                        values (:organisationId, :sessionId, :personId, :text, :writtenBy)""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("personId", personId)
                .param("text", text)
                .param("writtenBy", writtenBy)
                .update();
    }

    /** Every difference a person made: written about them, or to everyone at a session they came to. Newest first. */
    List<Impact> impactOf(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.title, s.starts_at, coalesce(g.name, p.title) as host_name, f.text, f.person_id is not null as personal,
                               f.sent_at
                        from follow_up f
                        join coproduction_session s on s.id = f.session_id and s.organisation_id = f.organisation_id
                        left join coproduction_group g on g.id = s.group_id
                        left join project p on p.id = s.project_id
                        where f.organisation_id = :organisationId
                          and (f.person_id = :personId
                               or (f.person_id is null and exists (select 1 from session_attendance a
                                                                   where a.session_id = f.session_id and a.person_id = :personId)))
                        order by f.sent_at desc, f.person_id nulls last""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new Impact(rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant().atZone(org.coproduce.web.Dates.LONDON).toLocalDate(),
                        rs.getString("host_name"), rs.getString("text"), rs.getBoolean("personal"),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
