package org.coproduce.privacy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes the copies people asked for soon after they ask, and deletes copies whose time is over. */
@Component
@ConditionalOnProperty(name = "coproduce.privacy.make-copies", havingValue = "true", matchIfMissing = true)
class SubjectAccessSchedule {

    private final SubjectAccess subjectAccess;

    SubjectAccessSchedule(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @Scheduled(fixedDelayString = "${coproduce.privacy.make-copies-every:PT10S}", initialDelayString = "PT10S")
    void makeWaitingCopies() {
        subjectAccess.makeWaitingCopies();
    }

    @Scheduled(cron = "0 41 * * * *")
    void forgetOldCopies() {
        subjectAccess.forgetOldCopies();
    }
}
