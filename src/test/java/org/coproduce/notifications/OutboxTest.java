package org.coproduce.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@CoproduceTest
class OutboxTest {

    @Autowired Mailer mailer;
    @Autowired InProcessMailServer mail;
    @Autowired Fixtures fixtures;
    @Autowired OutboxRepository repository;
    @Autowired JavaMailSender sender;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    TestOutbox outbox;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        outbox = new TestOutbox(repository, sender, transactions, jdbc);
    }

    @Test
    void anEmailWrittenInARolledBackChangeIsNeverSent() {
        String jamie = Fixtures.email(northshire, "jamie");
        String ayesha = Fixtures.email(northshire, "ayesha");

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            mailer.send(EmailKind.PAYMENT_STATEMENT, northshire.id(), null, new Email(jamie, "We have paid you £10.00", "Hello Jamie"));
            status.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                mailer.send(EmailKind.PAYMENT_STATEMENT, northshire.id(), null, new Email(ayesha, "We have paid you £12.00", "Hello Ayesha")));

        assertThat(mail.latestTo(ayesha)).isPresent();
        assertThat(mail.countTo(jamie)).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_message where recipient = :to").param("to", jamie)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSendThatFailsIsTriedAgainLaterAndSentOnce() {
        String jamie = Fixtures.email(northshire, "jamie");
        long id = outbox.addDueTomorrow(northshire.id(), jamie, "Your reply");

        outbox.broken(Duration.ofHours(24)).sendDue(TestOutbox.TOMORROW);

        assertThat(outbox.status(id)).isEqualTo("WAITING|1");
        assertThat(outbox.lastError(id)).containsIgnoringCase("connect");
        outbox.working().sendDue(TestOutbox.TOMORROW.plusSeconds(30));
        assertThat(mail.countTo(jamie)).as("not yet due again").isZero();

        outbox.working().sendDue(TestOutbox.TOMORROW.plus(Duration.ofMinutes(2)));
        outbox.working().sendDue(TestOutbox.TOMORROW.plus(Duration.ofMinutes(3)));

        assertThat(mail.countTo(jamie)).isEqualTo(1);
        assertThat(outbox.status(id)).isEqualTo("SENT|2");
    }

    @Test
    void givesUpAfterTheSetTimeAndKeepsTheReason() {
        String jamie = Fixtures.email(northshire, "jamie");
        long id = outbox.addDueTomorrow(northshire.id(), jamie, "Your reply");
        OutboxWorker broken = outbox.broken(Duration.ofMinutes(10));

        broken.sendDue(TestOutbox.TOMORROW);
        broken.sendDue(TestOutbox.TOMORROW.plus(Duration.ofMinutes(2)));
        assertThat(outbox.status(id)).isEqualTo("WAITING|2");
        broken.sendDue(TestOutbox.TOMORROW.plus(Duration.ofMinutes(8)));

        assertThat(outbox.status(id)).isEqualTo("FAILED|3");
        assertThat(outbox.lastError(id)).containsIgnoringCase("connect");
    }

    @Test
    void twoWorkersRunningAtOnceNeverSendTheSameMessage() throws Exception {
        List<String> people = IntStream.range(0, 20).mapToObj(i -> Fixtures.email(northshire, "person" + i)).toList();
        people.forEach(to -> outbox.addDueTomorrow(northshire.id(), to, "Reminder: tomorrow's workshop"));
        var start = new CountDownLatch(1);
        OutboxWorker first = outbox.working();
        OutboxWorker second = outbox.working();

        var threads = Executors.newFixedThreadPool(2);
        try {
            var one = threads.submit(() -> awaitThen(start, () -> first.sendDue(TestOutbox.TOMORROW)));
            var two = threads.submit(() -> awaitThen(start, () -> second.sendDue(TestOutbox.TOMORROW)));
            start.countDown();

            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(people.size());
        } finally {
            threads.shutdown();
        }
        assertThat(people).allSatisfy(to -> assertThat(mail.countTo(to)).as(to).isEqualTo(1));
    }

    private static int awaitThen(CountDownLatch start, java.util.function.IntSupplier work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }
}
