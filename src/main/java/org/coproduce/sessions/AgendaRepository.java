package org.coproduce.sessions;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgendaRepository {

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgendaItem> items(long organisationId, long sessionId) {
        return jdbc.sql("""
                        select id, kind, title, minutes from agenda_item
                        where organisation_id = :organisationId and session_id = :sessionId
                        order by position, id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query((rs, row) -> new AgendaItem(rs.getLong("id"), AgendaKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getInt("minutes")))
                .list();
    }

    long add(long organisationId, long sessionId, AgendaKind kind, String title, int minutes) {
        return jdbc.sql("""
                        insert into agenda_item (organisation_id, session_id, position, kind, title, minutes)
                        values (:organisationId, :sessionId,
                                (select coalesce(max(position), 0) + 1 from agenda_item where session_id = :sessionId),
                                :kind, :title, :minutes)
                        returning id""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("kind", kind.name())
                .param("title", title)
                .param("minutes", minutes)
                .query(Long.class).single();
    }

    /** Removes an item, and the record of who spoke on it. */
    boolean remove(long organisationId, long sessionId, long itemId) {
        jdbc.sql("delete from contribution where organisation_id = :organisationId and session_id = :sessionId and agenda_item_id = :id")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("id", itemId)
                .update();
        return jdbc.sql("delete from agenda_item where organisation_id = :organisationId and session_id = :sessionId and id = :id")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("id", itemId)
                .update() == 1;
    }

    /** Puts the items in this order: positions are rewritten from 1. */
    void reorder(long organisationId, long sessionId, List<Long> itemIds) {
        for (int i = 0; i < itemIds.size(); i++) {
            jdbc.sql("update agenda_item set position = :position where organisation_id = :organisationId and session_id = :sessionId and id = :id")
                    .param("position", i + 1)
                    .param("organisationId", organisationId)
                    .param("sessionId", sessionId)
                    .param("id", itemIds.get(i))
                    .update();
        }
    }
}
