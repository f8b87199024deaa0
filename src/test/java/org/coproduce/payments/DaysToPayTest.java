package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysToPayTest {

    static final LocalDate SESSION = LocalDate.of(2026, 10, 26);

    @Test
    void daysAreCountedFromTheDayOfTheSessionAcrossMonthEnds() {
        assertThat(DaysToPay.days(SESSION, SESSION)).isZero();
        assertThat(DaysToPay.days(SESSION, LocalDate.of(2026, 11, 9))).isEqualTo(14);
        assertThat(DaysToPay.days(SESSION, SESSION.minusDays(1))).isZero();
    }

    @Test
    void aClaimIsCloseInTheLastThreeDaysOfThePromiseAndLateAfterIt() {
        assertThat(DaysToPay.standing(10, 14)).isEqualTo(DaysToPay.Standing.ON_TRACK);
        assertThat(DaysToPay.standing(11, 14)).isEqualTo(DaysToPay.Standing.CLOSE);
        assertThat(DaysToPay.standing(14, 14)).isEqualTo(DaysToPay.Standing.CLOSE);
        assertThat(DaysToPay.standing(15, 14)).isEqualTo(DaysToPay.Standing.LATE);
    }

    @Test
    void aVeryShortPromiseIsCloseFromTheStart() {
        assertThat(DaysToPay.standing(0, 2)).isEqualTo(DaysToPay.Standing.CLOSE);
        assertThat(DaysToPay.standing(3, 2)).isEqualTo(DaysToPay.Standing.LATE);
    }
}
