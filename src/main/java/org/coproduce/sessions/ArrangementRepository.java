package org.coproduce.sessions;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which access needs have been arranged for a session. */
@Repository
class ArrangementRepository {

    private final JdbcClient jdbc;

    ArrangementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each arranged need with its note (the note may be null). */
    Map<String, String> arranged(long organisationId, long sessionId) {
        Map<String, String> arranged = new HashMap<>();
        jdbc.sql("select need, note from access_arrangement where organisation_id = :organisationId and session_id = :sessionId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query(rs -> {
                    arranged.put(rs.getString("need"), rs.getString("note"));
                });
        return arranged;
    }

    void arrange(long organisationId, long sessionId, String need, String note, long by) {
        jdbc.sql("""
                        insert into access_arrangement (session_id, organisation_id, need, note, arranged_by_person_id)
                        values (:sessionId, :organisationId, :need, :note, :by)
                        on conflict (session_id, need) do update set note = excluded.note, arranged_at = now(),
                                                                     arranged_by_person_id = excluded.arranged_by_person_id""")
                .param("sessionId", sessionId)
                .param("organisationId", organisationId)
                .param("need", need)
                .param("note", note)
                .param("by", by)
                .update();
    }

    void unarrange(long organisationId, long sessionId, String need) {
        jdbc.sql("delete from access_arrangement where organisation_id = :organisationId and session_id = :sessionId and need = :need")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("need", need)
                .update();
    }
}
