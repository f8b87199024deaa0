package org.coproduce.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AuditRepository {

    /** The search, as a condition every query of the log shares. */
    private static final String MATCHING = """
            organisation_id = :organisationId
              and (cast(:personId as bigint) is null or person_id = :personId)
              and (cast(:person as text) is null or person_name ilike '%' || :person || '%')
              and (cast(:by as text) is null or actor_name ilike '%' || :by || '%')
              and (cast(:topic as text) is null or topic = :topic)
              and (cast(:startsAt as timestamptz) is null or happened_at >= :startsAt)
              and (cast(:endsBefore as timestamptz) is null or happened_at < :endsBefore)
            """;

    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(CurrentUser by, AuditAction action, Topic topic, List<AuditLog.Subject> about, String detail,
            Map<String, String> before, Map<String, String> after, String clientAddress) {
        jdbc.sql("""
                        insert into audit_event (organisation_id, actor_account_id, actor_person_id, actor_name, action, topic,
                                                 person_id, person_name, detail, before, after, client_address)
                        select :organisationId, :accountId, :actorPersonId, :actorName, :action, :topic, subject.id,
                               subject.name, :detail, jsonb_object(cast(:beforeNames as text[]), cast(:beforeValues as text[])),
                               jsonb_object(cast(:afterNames as text[]), cast(:afterValues as text[])), :clientAddress
                          from unnest(cast(:personIds as bigint[]), cast(:personNames as text[])) as subject (id, name)
                        """)
                .param("organisationId", by.organisationId())
                .param("accountId", by.accountId())
                .param("actorPersonId", by.personId())
                .param("actorName", by.displayName())
                .param("action", action.name())
                .param("topic", topic.name())
                .param("detail", detail)
                .param("beforeNames", namesIn(before))
                .param("beforeValues", valuesIn(before))
                .param("afterNames", namesIn(after))
                .param("afterValues", valuesIn(after))
                .param("clientAddress", clientAddress)
                // An entry about no one, such as downloading the log itself, is one row with no person.
                .param("personIds", about.isEmpty() ? new Long[] {null} : about.stream().map(AuditLog.Subject::personId).toArray(Long[]::new))
                .param("personNames", about.isEmpty() ? new String[] {null} : about.stream().map(AuditLog.Subject::name).toArray(String[]::new))
                .update();
    }

    /** An entry made by Coproduce itself, such as the retention job's count of what it removed, about no one. */
    void addBySystem(long organisationId, String actorName, AuditAction action, Topic topic, String detail) {
        jdbc.sql("""
                        insert into audit_event (organisation_id, actor_name, action, topic, detail)
                        values (:organisationId, :actorName, :action, :topic, :detail)
                        """)
                .param("organisationId", organisationId).param("actorName", actorName).param("action", action.name())
                .param("topic", topic.name()).param("detail", detail)
                .update();
    }

    int count(long organisationId, AuditSearch search) {
        return searching(jdbc.sql("select count(*) from audit_event where " + MATCHING), organisationId, search)
                .query(Integer.class).single();
    }

    /** Newest first. */
    List<AuditEntry> find(long organisationId, AuditSearch search, int limit, int offset) {
        return searching(jdbc.sql("""
                        select id, happened_at, actor_name, action, topic, person_id, person_name, detail, before, after,
                               client_address
                          from audit_event
                         where %s
                         order by happened_at desc, id desc
                         limit :limit offset :offset
                        """.formatted(MATCHING)), organisationId, search)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::entry)
                .list();
    }

    private static JdbcClient.StatementSpec searching(JdbcClient.StatementSpec statement, long organisationId, AuditSearch search) {
        return statement
                .param("organisationId", organisationId)
                .param("personId", search.personId())
                .param("person", blankToNull(search.person()))
                .param("by", blankToNull(search.by()))
                .param("topic", search.topic() == null ? null : search.topic().name())
                .param("startsAt", search.startsAt() == null ? null : search.startsAt().toOffsetDateTime())
                .param("endsBefore", search.endsBefore() == null ? null : search.endsBefore().toOffsetDateTime());
    }

    private AuditEntry entry(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("happened_at").toInstant(), row.getString("actor_name"),
                AuditAction.valueOf(row.getString("action")), Topic.valueOf(row.getString("topic")),
                row.getObject("person_id", Long.class), row.getString("person_name"), row.getString("detail"),
                read(row.getString("before")), read(row.getString("after")), row.getString("client_address"));
    }

    private Map<String, String> read(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, VALUES);
    }

    private static String[] namesIn(Map<String, String> values) {
        return values == null ? null : values.keySet().toArray(String[]::new);
    }

    private static String[] valuesIn(Map<String, String> values) {
        return values == null ? null : values.values().toArray(String[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
