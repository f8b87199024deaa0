package org.coproduce.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/** The date and time for promises and flags, which tests can move to a day of their choosing. */
@Component
class Today {

    private volatile Clock clock = Clock.system(Dates.LONDON);

    Instant now() {
        return clock.instant();
    }

    LocalDate date() {
        return LocalDate.now(clock);
    }

    static LocalDate dateOf(Instant instant) {
        return instant.atZone(Dates.LONDON).toLocalDate();
    }

    /** For tests only: pretend it is the clock's time, until {@link #reset()}. */
    void pretend(Clock fixed) {
        this.clock = fixed;
    }

    void reset() {
        this.clock = Clock.system(Dates.LONDON);
    }
}
