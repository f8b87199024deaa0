package org.coproduce.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Puts messages in the outbox due at a time of the test's choosing, a day ahead, so that the application's own worker
 * leaves them alone; and makes workers that send through the in-process mail server, or to a port nobody listens on.
 */
class TestOutbox {

    static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1));

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final PlatformTransactionManager transactions;
    private final JdbcClient jdbc;

    TestOutbox(OutboxRepository outbox, JavaMailSender sender, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    long addDueTomorrow(Long organisationId, String to, String subject) {
        long id = outbox.add(EmailKind.FEEDBACK_REPLY, organisationId, null, new Email(to, subject, "Thank you for telling us."));
        jdbc.sql("update outbox_message set next_attempt_at = :at, waiting_since = :at where id = :id")
                .param("at", Timestamp.from(TOMORROW))
                .param("id", id)
                .update();
        return id;
    }

    OutboxWorker working() {
        return new OutboxWorker(outbox, sender, transactions, "Coproduce <no-reply@coproduce.example>", Duration.ofHours(24));
    }

    /** A worker whose mail server is never there, that gives up after the time given. */
    OutboxWorker broken(Duration giveUpAfter) {
        var nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort());
        return new OutboxWorker(outbox, nowhere, transactions, "Coproduce <no-reply@coproduce.example>", giveUpAfter);
    }

    String status(long id) {
        return jdbc.sql("select concat_ws('|', status, attempts) from outbox_message where id = :id").param("id", id)
                .query(String.class).single();
    }

    String lastError(long id) {
        return jdbc.sql("select last_error from outbox_message where id = :id").param("id", id).query(String.class).single();
    }

    private static int closedPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
