package org.coproduce.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox, one message per transaction: a message is locked, handed to the mail server and
 * marked sent before the next is taken, so a crash sends again at most the one in hand. Every server may run this;
 * locked messages are skipped, so no two send the same one.
 */
@Component
class OutboxWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2));

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final String from;
    private final Duration giveUpAfter;
    // One thread and room for one waiting run: a run already waiting will find whatever was added since, so the rest are dropped.
    private final ThreadPoolExecutor soon = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
            runnable -> new Thread(runnable, "outbox"), new ThreadPoolExecutor.DiscardPolicy());

    OutboxWorker(OutboxRepository outbox, JavaMailSender sender, PlatformTransactionManager transactions,
            @Value("${coproduce.mail.from}") String from, @Value("${coproduce.outbox.give-up-after:PT24H}") Duration giveUpAfter) {
        this.outbox = outbox;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
        this.from = from;
        this.giveUpAfter = giveUpAfter;
    }

    /** Sends in the background, straight after the transaction that wrote a message commits. */
    void soon() {
        soon.execute(() -> sendDue(Instant.now()));
    }

    /** Catches what a crash, a retry or another server's message left waiting. */
    @Scheduled(fixedDelayString = "${coproduce.outbox.every:PT30S}", initialDelayString = "PT10S")
    void poll() {
        sendDue(Instant.now());
    }

    /** @return how many were sent */
    int sendDue(Instant now) {
        int sent = 0;
        try {
            Boolean tried;
            while ((tried = transaction.execute(status -> sendNext(now))) != null) {
                sent += tried ? 1 : 0;
            }
        } catch (RuntimeException e) {
            log.error("The outbox stopped sending; it will try again", e);
        }
        return sent;
    }

    /** Waits, up to a limit, until nothing due is left waiting: for the in-process mailbox, so that it shows what was sent. */
    void drain(Duration most) {
        long giveUp = System.nanoTime() + most.toNanos();
        while (true) {
            sendDue(Instant.now());
            if (outbox.due(Instant.now()) == 0 || System.nanoTime() > giveUp) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return null when nothing is due, otherwise whether the one taken was sent */
    private Boolean sendNext(Instant now) {
        var found = outbox.claimNextDue(now);
        if (found.isEmpty()) {
            return null;
        }
        var message = found.get();
        try {
            sender.send(mime(message.email()));
            outbox.sent(message.id(), Instant.now());
            return true;
        } catch (MessagingException | MailException e) {
            String why = why(e);
            Instant next = now.plus(WAITS.get(Math.min(message.attempts(), WAITS.size() - 1)));
            if (next.isAfter(message.waitingSince().plus(giveUpAfter))) {
                log.warn("Gave up sending message {}, attempts: {}: {}", message.id(), message.attempts() + 1, why);
                outbox.failed(message.id(), why);
            } else {
                log.info("Could not send message {}, will try again at {}: {}", message.id(), next, why);
                outbox.tryAgainAt(message.id(), next, why);
            }
            return false;
        }
    }

    private MimeMessage mime(Email email) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, !email.attachments().isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        for (Email.Attachment attachment : email.attachments()) {
            helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        return message;
    }

    private static String why(Exception e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String words = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return words.length() > 500 ? words.substring(0, 500) : words;
    }

    @Override
    public void destroy() {
        soon.shutdownNow();
    }
}
