package org.coproduce.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends email through the outbox: the email is saved in the caller's transaction and sent once that commits, so a
 * change that is rolled back sends nothing and a crash after commit loses nothing.
 */
@Service
public class Mailer {

    private final OutboxRepository outbox;
    private final OutboxWorker worker;

    Mailer(OutboxRepository outbox, OutboxWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    /**
     * @param organisationId the organisation it is sent for, or null (a sign-in link): only then can its coordinators
     *                       see it
     * @param personId       the person in the register it is sent to, when known
     */
    public void send(EmailKind kind, Long organisationId, Long personId, Email email) {
        outbox.add(kind, organisationId, personId, email);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.soon();
                }
            });
        } else {
            worker.soon();
        }
    }
}
