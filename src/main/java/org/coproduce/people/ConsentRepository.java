package org.coproduce.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consent decisions: only ever added to. */
@Repository
class ConsentRepository {

    private static final String SELECT = """
            select c.id, c.purpose, c.given, c.method, c.note, c.recorded_at,
                   coalesce(r.known_as, r.full_name) as recorded_by
            from consent_event c
            left join person r on r.id = c.recorded_by_person_id
            """;

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long organisationId, long personId, ConsentPurpose purpose, boolean given, ConsentMethod method,
            String note, Long recordedBy) {
        jdbc.sql("""
                        insert into consent_event (organisation_id, person_id, purpose, given, method, note, recorded_by_person_id)
                        values (:organisationId, :personId, :purpose, :given, :method, :note, :recordedBy)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("purpose", purpose.name())
                .param("given", given)
                .param("method", method.name())
                .param("note", note)
                .param("recordedBy", recordedBy)
                .update();
    }

    /** The latest decision for each purpose. A purpose missing from the map has never been asked. */
    Map<ConsentPurpose, ConsentDecision> current(long organisationId, long personId) {
        List<ConsentDecision> latest = jdbc.sql("""
                        select distinct on (c.purpose) c.id, c.purpose, c.given, c.method, c.note, c.recorded_at,
                               coalesce(r.known_as, r.full_name) as recorded_by
                        from consent_event c
                        left join person r on r.id = c.recorded_by_person_id
                        where c.organisation_id = :organisationId and c.person_id = :personId
                        order by c.purpose, c.recorded_at desc, c.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(ConsentRepository::map).list();
        Map<ConsentPurpose, ConsentDecision> byPurpose = new EnumMap<>(ConsentPurpose.class);
        latest.forEach(decision -> byPurpose.put(decision.purpose(), decision));
        return byPurpose;
    }

    Set<Long> agreeingNow(long organisationId, ConsentPurpose purpose) {
        return Set.copyOf(jdbc.sql("""
                        select person_id
                          from (select distinct on (person_id) person_id, given
                                  from consent_event
                                 where organisation_id = :organisationId and purpose = :purpose
                                 order by person_id, recorded_at desc, id desc) latest
                         where given""")
                .param("organisationId", organisationId)
                .param("purpose", purpose.name())
                .query(Long.class).list());
    }

    /** Every decision, newest first. */
    List<ConsentDecision> history(long organisationId, long personId) {
        return jdbc.sql(SELECT + """
                         where c.organisation_id = :organisationId and c.person_id = :personId
                         order by c.recorded_at desc, c.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(ConsentRepository::map).list();
    }

    private static ConsentDecision map(ResultSet rs, int row) throws SQLException {
        return new ConsentDecision(
                rs.getLong("id"),
                ConsentPurpose.valueOf(rs.getString("purpose")),
                rs.getBoolean("given"),
                ConsentMethod.valueOf(rs.getString("method")),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
