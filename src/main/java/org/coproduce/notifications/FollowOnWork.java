package org.coproduce.notifications;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does again the follow-on work that failed, or that no server finished in time (Spring Modulith marks it failed).
 * What one module does because of another's change, such as drafting fee claims from attendance, is noted in the
 * same transaction as the change, so it is never lost; each piece of it can be done twice without changing anything,
 * so doing it again is always safe.
 */
@Component
class FollowOnWork {

    private final FailedEventPublications failed;

    FollowOnWork(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${coproduce.follow-on.retry-every:PT1M}", initialDelayString = "${coproduce.follow-on.retry-every:PT1M}")
    void tryFailedAgain() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
