package org.coproduce.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or records again) the agreed rating of an indicator, with the people who agreed it. */
    void agree(long organisationId, long roundId, String code, Rating rating, String note, Collection<Long> people, long by) {
        jdbc.sql("""
                        insert into assessment_agreed (round_id, organisation_id, indicator_code, rating, note, recorded_by_person_id)
                        values (:roundId, :organisationId, :code, :rating, :note, :by)
                        on conflict (round_id, indicator_code) do update
                            set rating = excluded.rating, note = excluded.note, recorded_by_person_id = excluded.recorded_by_person_id,
                                recorded_at = now()""")
                .param("roundId", roundId)
                .param("organisationId", organisationId)
                .param("code", code)
                .param("rating", rating.name())
                .param("note", note)
                .param("by", by)
                .update();
        jdbc.sql("delete from assessment_agreed_by where round_id = :roundId and indicator_code = :code and organisation_id = :organisationId")
                .param("roundId", roundId)
                .param("code", code)
                .param("organisationId", organisationId)
                .update();
        for (long person : people) {
            jdbc.sql("""
                            insert into assessment_agreed_by (round_id, indicator_code, organisation_id, person_id)
                            values (:roundId, :code, :organisationId, :person)""")
                    .param("roundId", roundId)
                    .param("code", code)
                    .param("organisationId", organisationId)
                    .param("person", person)
                    .update();
        }
    }

    Map<String, Agreed> agreed(long organisationId, long roundId) {
        Map<String, List<String>> names = jdbc.sql("""
                        select b.indicator_code, coalesce(p.known_as, p.full_name) as name from assessment_agreed_by b
                        join person p on p.id = b.person_id and p.organisation_id = b.organisation_id
                        where b.organisation_id = :organisationId and b.round_id = :roundId order by lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> Map.entry(rs.getString("indicator_code"), rs.getString("name")))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select indicator_code, rating, note, recorded_at from assessment_agreed
                        where organisation_id = :organisationId and round_id = :roundId""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new Agreed(rs.getString("indicator_code"), Rating.valueOf(rs.getString("rating")), rs.getString("note"),
                        names.getOrDefault(rs.getString("indicator_code"), List.of()), rs.getTimestamp("recorded_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Agreed::indicatorCode, agreed -> agreed));
    }

    void addAction(long organisationId, long roundId, String code, String what, long owner, LocalDate dueOn, long by) {
        jdbc.sql("""
                        insert into assessment_action (organisation_id, round_id, indicator_code, what, owner_person_id, due_on, created_by_person_id)
                        values (:organisationId, :roundId, :code, :what, :owner, :dueOn, :by)""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("code", code)
                .param("what", what)
                .param("owner", owner)
                .param("dueOn", dueOn)
                .param("by", by)
                .update();
    }

    List<AssessmentAction> actions(long organisationId, long roundId) {
        return jdbc.sql("""
                        select a.id, a.indicator_code, a.what, a.owner_person_id, coalesce(p.known_as, p.full_name) as owner, a.due_on, a.done_at,
                               a.done_note
                        from assessment_action a join person p on p.id = a.owner_person_id and p.organisation_id = a.organisation_id
                        where a.organisation_id = :organisationId and a.round_id = :roundId
                        order by a.done_at nulls first, a.due_on, a.id""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new AssessmentAction(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("what"),
                        rs.getLong("owner_person_id"), rs.getString("owner"), rs.getDate("due_on").toLocalDate(),
                        rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant(), rs.getString("done_note")))
                .list();
    }

    /** Marks an action done with a note, once; false when it is not this round's or is already done. */
    boolean markDone(long organisationId, long roundId, long actionId, String note) {
        return jdbc.sql("""
                        update assessment_action set done_at = now(), done_note = :note
                        where organisation_id = :organisationId and round_id = :roundId and id = :id and done_at is null""")
                .param("note", note)
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("id", actionId)
                .update() == 1;
    }
}
