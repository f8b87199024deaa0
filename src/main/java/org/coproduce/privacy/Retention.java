package org.coproduce.privacy;

import java.util.List;
import java.util.Map;
import org.coproduce.web.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what each organisation keeps no longer than its retention settings say, and counts what it removed in the
 * audit log. Each organisation is done in a transaction holding a PostgreSQL advisory lock, so that when several app
 * servers run the job at once, one does the work and the others skip it.
 */
@Service
public class Retention {

    static final String SYSTEM = "Coproduce, as the retention settings say";
    private static final int LOCK_SPACE = 7_731_001;
    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final RetentionSettings settings;
    private final Erasure erasure;
    private final AuditRepository audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Labels labels;

    Retention(RetentionSettings settings, Erasure erasure, AuditRepository audit, JdbcClient jdbc, TransactionTemplate transactions,
            Labels labels) {
        this.labels = labels;
        this.settings = settings;
        this.erasure = erasure;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void applyEverywhere() {
        for (long organisationId : jdbc.sql("select id from organisation order by id").query(Long.class).list()) {
            apply(organisationId);
        }
        int links = removeSentEmailsOfNoOrganisation();
        if (links > 0) {
            log.info("Retention removed {} sent emails of no organisation, such as sign-in links", links);
        }
    }

    /**
     * Sign-in links belong to no organisation, so no organisation's setting covers them: they go after the default
     * time for sent emails. Deleting twice is harmless, so this needs no lock.
     */
    int removeSentEmailsOfNoOrganisation() {
        return jdbc.sql("delete from outbox_message where organisation_id is null and status = 'SENT' and sent_at < now() - make_interval(months => "
                + RetentionKind.SENT_EMAILS.defaultMonths() + ")").update();
    }

    /** @return how many of each kind were removed; empty when another server holds the organisation's lock */
    Map<RetentionKind, Integer> apply(long organisationId) {
        return transactions.execute(status -> {
            boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:space, cast(:organisationId as integer))")
                    .param("space", LOCK_SPACE).param("organisationId", organisationId).query(Boolean.class).single();
            if (!mine) {
                return Map.of();
            }
            Map<RetentionKind, Integer> removed = new java.util.EnumMap<>(RetentionKind.class);
            settings.of(organisationId).forEach((kind, months) -> {
                if (months != null) {
                    removed.put(kind, remove(organisationId, kind, months));
                }
            });
            Map<RetentionKind, Integer> kept = settings.of(organisationId);
            removed.forEach((kind, count) -> {
                if (count > 0) {
                    audit.addBySystem(organisationId, SYSTEM, AuditAction.REMOVED, kind == RetentionKind.AUDIT_LOG ? Topic.AUDIT_LOG : Topic.PERSON,
                            labels.of(kind) + ": " + count + " removed, as they were kept longer than " + months(kept.get(kind)));
                    log.info("Retention removed {} of {} in organisation {}", count, kind, organisationId);
                }
            });
            return removed;
        });
    }

    private int remove(long organisationId, RetentionKind kind, int months) {
        String before = "now() - make_interval(months => " + months + ")";
        return switch (kind) {
            case ARCHIVED_PEOPLE -> {
                List<Long> people = jdbc.sql("""
                                select id from person where organisation_id = :organisationId and erased_at is null
                                   and archived_at < %s
                                """.formatted(before))
                        .param("organisationId", organisationId).query(Long.class).list();
                people.forEach(person -> erasure.eraseForRetention(organisationId, person, SYSTEM + ": archived longer than " + months(months)));
                yield people.size();
            }
            case FEEDBACK_CONTACT_DETAILS -> inOrganisation(organisationId, """
                    update feedback set name = null, email = null, phone = null, postal_address = null, reply_by = 'NONE'
                     where organisation_id = :organisationId and responded_at < %s
                       and (name is not null or email is not null or phone is not null or postal_address is not null)
                    """.formatted(before));
            case STORY_RECORDINGS -> inOrganisation(organisationId, """
                    update story set audio = null, audio_type = null
                     where organisation_id = :organisationId and audio is not null and created_at < %s
                    """.formatted(before));
            case OLD_SIGN_IN_INVITATIONS -> inOrganisation(organisationId, """
                    delete from invitation
                     where organisation_id = :organisationId and accepted_at is null and coalesce(withdrawn_at, expires_at) < %s
                    """.formatted(before));
            case SENT_EMAILS -> inOrganisation(organisationId, """
                    delete from outbox_message
                     where organisation_id = :organisationId and status = 'SENT' and sent_at < %s
                    """.formatted(before));
            case AUDIT_LOG -> {
                jdbc.sql("select set_config('coproduce.audit_maintenance', 'on', true)").query(String.class).single();
                yield inOrganisation(organisationId, "delete from audit_event where organisation_id = :organisationId and happened_at < " + before);
            }
        };
    }

    private int inOrganisation(long organisationId, String sql) {
        return jdbc.sql(sql).param("organisationId", organisationId).update();
    }

    static String months(Integer months) {
        return months == null ? "until erased" : months == 1 ? "1 month" : months + " months";
    }
}
