package org.coproduce.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a person who asked to be forgotten: first a dry run of what every part of Coproduce would delete, anonymise
 * and keep, then the erasure itself, everywhere at once in one transaction, so nothing is ever half erased. What
 * remains is the fact of it: when, who did it and why, with counts, but nothing that was erased.
 */
@Service
public class Erasure {

    /** That someone was erased: when, by whom, why, and how much, but not who. */
    public record Done(Instant erasedAt, String erasedBy, String reason, LocalDate receivedOn, int deleted, int anonymised, int kept) {
    }

    private final List<Forgetting> parts;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AuditRepository entries;

    Erasure(List<Forgetting> parts, JdbcClient jdbc, AuditLog audit, AuditRepository entries) {
        this.parts = parts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public List<Forgetting.Consequence> plan(long organisationId, long personId) {
        return parts.stream().flatMap(part -> part.plan(organisationId, personId).stream()).toList();
    }

    /** @param reason why, in the coordinator's words, such as "They asked us to, by letter" */
    @Transactional
    public void erase(CurrentUser by, long personId, LocalDate receivedOn, String reason) {
        forget(by.organisationId(), personId, by.displayName(), receivedOn, reason);
        audit.removed(by, Topic.PERSON, new AuditLog.Subject(personId, null), "Erased at their request. " + reason, Map.of());
    }

    /** Erasing someone kept longer than the organisation's retention settings allow, by the retention job. */
    @Transactional
    void eraseForRetention(long organisationId, long personId, String reason) {
        forget(organisationId, personId, Retention.SYSTEM, LocalDate.now(Dates.LONDON), reason);
        entries.addBySystem(organisationId, Retention.SYSTEM, AuditAction.REMOVED, Topic.PERSON, "Erased. " + reason);
    }

    private void forget(long organisationId, long personId, String byName, LocalDate receivedOn, String reason) {
        List<Forgetting.Consequence> plan = plan(organisationId, personId);
        // The audit log refuses every change but this one: what it said about the person goes too.
        jdbc.sql("select set_config('coproduce.audit_maintenance', 'on', true)").query(String.class).single();
        parts.forEach(part -> part.erase(organisationId, personId));
        jdbc.sql("""
                        insert into erasure (organisation_id, person_id, erased_by_name, reason, received_on, deleted, anonymised, kept)
                        values (:organisationId, :personId, :by, :reason, :receivedOn, :deleted, :anonymised, :kept)
                        """)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("by", byName)
                .param("reason", reason)
                .param("receivedOn", receivedOn)
                .param("deleted", count(plan, Forgetting.Fate.DELETED))
                .param("anonymised", count(plan, Forgetting.Fate.ANONYMISED))
                .param("kept", count(plan, Forgetting.Fate.KEPT))
                .update();
    }

    @Transactional(readOnly = true)
    public List<Done> done(long organisationId) {
        return jdbc.sql("""
                        select erased_at, erased_by_name, reason, received_on, deleted, anonymised, kept
                          from erasure where organisation_id = :organisationId order by erased_at desc
                        """)
                .param("organisationId", organisationId)
                .query((row, n) -> new Done(row.getObject("erased_at", java.time.OffsetDateTime.class).toInstant(),
                        row.getString("erased_by_name"), row.getString("reason"), row.getObject("received_on", LocalDate.class),
                        row.getInt("deleted"), row.getInt("anonymised"), row.getInt("kept")))
                .list();
    }

    private static long count(List<Forgetting.Consequence> plan, Forgetting.Fate fate) {
        return plan.stream().filter(consequence -> consequence.fate() == fate).count();
    }
}
