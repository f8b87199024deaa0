package org.coproduce.privacy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Applies every organisation's retention settings once a night, when few people are using Coproduce. */
@Component
class RetentionSchedule {

    private final Retention retention;

    RetentionSchedule(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${coproduce.privacy.retention-cron:0 17 3 * * *}", zone = "Europe/London")
    void applyRetention() {
        retention.applyEverywhere();
    }
}
