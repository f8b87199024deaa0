package org.coproduce.groups;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ChampionRepository {

    private final JdbcClient jdbc;

    ChampionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What these people have done as champions, newest first. */
    List<ChampionRecord> recordsOf(long organisationId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, person_id, kind, what, happened_on from champion_record
                        where organisation_id = :organisationId and person_id in (:personIds)
                        order by happened_on desc, id desc""")
                .param("organisationId", organisationId)
                .param("personIds", personIds)
                .query((rs, row) -> new ChampionRecord(rs.getLong("id"), rs.getLong("person_id"),
                        ChampionActivity.valueOf(rs.getString("kind")), rs.getString("what"), rs.getDate("happened_on").toLocalDate()))
                .list();
    }

    void add(long organisationId, long personId, ChampionActivity kind, String what, LocalDate happenedOn) {
        jdbc.sql("""
                        insert into champion_record (organisation_id, person_id, kind, what, happened_on)
                        values (:organisationId, :personId, :kind, :what, :happenedOn)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("kind", kind.name())
                .param("what", what)
                .param("happenedOn", happenedOn)
                .update();
    }

    /** Everyone in any champions network now, with the network's organisation scope. */
    List<Long> currentChampions(long organisationId) {
        return jdbc.sql("""
                        select distinct m.person_id from group_member m
                        join coproduction_group g on g.id = m.group_id and g.organisation_id = m.organisation_id
                        where m.organisation_id = :organisationId and g.kind = 'CHAMPIONS_NETWORK'
                          and g.archived_at is null and m.left_on is null and m.role in ('CO_CHAIR', 'MEMBER')""")
                .param("organisationId", organisationId)
                .query(Long.class).list();
    }
}
