package org.coproduce.sessions;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds people the day before a session they said they would (or might) come to. Every server may run this: each
 * reminder is claimed in the database before it is sent, so nobody gets two.
 */
@Component
@ConditionalOnProperty(name = "coproduce.reminders.enabled", havingValue = "true", matchIfMissing = true)
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Sessions sessions;

    Reminders(Sessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(fixedDelayString = "${coproduce.reminders.every:PT15M}", initialDelayString = "PT1M")
    void send() {
        int sent = sessions.sendReminders(Instant.now());
        if (sent > 0) {
            log.info("Sent {} session reminders", sent);
        }
    }
}
