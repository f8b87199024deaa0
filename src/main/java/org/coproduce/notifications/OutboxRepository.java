package org.coproduce.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(EmailKind kind, Long organisationId, Long personId, Email email) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outbox_message (organisation_id, person_id, kind, recipient, subject, body)
                        values (:organisationId, :personId, :kind, :recipient, :subject, :body)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("kind", kind.name())
                .param("recipient", email.to())
                .param("subject", email.subject())
                .param("body", email.body())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Email.Attachment attachment : email.attachments()) {
            jdbc.sql("""
                            insert into outbox_attachment (message_id, organisation_id, filename, content_type, content)
                            values (:messageId, :organisationId, :filename, :contentType, :content)""")
                    .param("messageId", id)
                    .param("organisationId", organisationId)
                    .param("filename", attachment.filename())
                    .param("contentType", attachment.contentType())
                    .param("content", attachment.content())
                    .update();
        }
        return id;
    }

    /**
     * Locks the next message due, skipping any another worker holds, so that two workers never send the same one.
     * The lock lasts until the caller's transaction ends.
     */
    Optional<DueMessage> claimNextDue(Instant now) {
        return jdbc.sql("""
                        select id, recipient, subject, body, attempts, waiting_since from outbox_message
                        where status = 'WAITING' and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new DueMessage(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getTimestamp("waiting_since").toInstant(), List.of()))
                .optional()
                .map(message -> message.with(attachments(message.id())));
    }

    private List<Email.Attachment> attachments(long messageId) {
        return jdbc.sql("select filename, content_type, content from outbox_attachment where message_id = :id order by id")
                .param("id", messageId)
                .query((rs, row) -> new Email.Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    /** Once sent, the body and files are no longer kept: they may hold sign-in or reply links, and personal details. */
    void sent(long id, Instant at) {
        jdbc.sql("""
                        update outbox_message
                        set status = 'SENT', sent_at = :at, attempts = attempts + 1, body = null, last_error = null
                        where id = :id""")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("delete from outbox_attachment where message_id = :id").param("id", id).update();
    }

    void tryAgainAt(long id, Instant next, String error) {
        jdbc.sql("""
                        update outbox_message set attempts = attempts + 1, next_attempt_at = :next, last_error = :error
                        where id = :id""")
                .param("id", id)
                .param("next", Timestamp.from(next))
                .param("error", error)
                .update();
    }

    void failed(long id, String error) {
        jdbc.sql("update outbox_message set status = 'FAILED', attempts = attempts + 1, last_error = :error where id = :id")
                .param("id", id)
                .param("error", error)
                .update();
    }

    /** Puts a failed message back in the queue, with a fresh allowance of time to try. */
    boolean sendAgain(long organisationId, long id, Instant now) {
        return jdbc.sql("""
                        update outbox_message
                        set status = 'WAITING', next_attempt_at = :now, waiting_since = :now, attempts = 0
                        where id = :id and organisation_id = :organisationId and status = 'FAILED'""")
                .param("id", id)
                .param("organisationId", organisationId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Messages due now, including any a worker is sending at this moment. */
    int due(Instant now) {
        return jdbc.sql("select count(*) from outbox_message where status = 'WAITING' and next_attempt_at <= :now")
                .param("now", Timestamp.from(now))
                .query(Integer.class).single();
    }

    List<OutboxMessage> newestFirst(long organisationId, int most) {
        return jdbc.sql("""
                        select id, kind, recipient, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at
                        from outbox_message
                        where organisation_id = :organisationId
                        order by created_at desc, id desc
                        limit :most""")
                .param("organisationId", organisationId)
                .param("most", most)
                .query((rs, row) -> new OutboxMessage(rs.getLong("id"), EmailKind.valueOf(rs.getString("kind")),
                        rs.getString("recipient"), rs.getString("subject"), OutboxMessage.Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** A message ready to go, with what is needed to send it. */
    record DueMessage(long id, String to, String subject, String body, int attempts, Instant waitingSince,
            List<Email.Attachment> attachments) {

        DueMessage with(List<Email.Attachment> attachments) {
            return new DueMessage(id, to, subject, body, attempts, waitingSince, attachments);
        }

        Email email() {
            return new Email(to, subject, body, attachments);
        }
    }
}
