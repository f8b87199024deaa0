package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeesTest {

    static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    @Test
    void theRateIsTheOneThatHadStartedByTheSessionsDay() {
        PayRate old = rate(2_500, null, null, 0, APRIL);
        PayRate raised = rate(2_750, null, null, 0, APRIL.plusYears(1));
        List<PayRate> rates = List.of(old, raised);

        assertThat(Fees.rateOn(rates, PaidActivity.ATTENDING, APRIL.minusDays(1))).isEmpty();
        assertThat(Fees.rateOn(rates, PaidActivity.ATTENDING, APRIL)).contains(old);
        assertThat(Fees.rateOn(rates, PaidActivity.ATTENDING, APRIL.plusYears(1).minusDays(1))).contains(old);
        assertThat(Fees.rateOn(rates, PaidActivity.ATTENDING, APRIL.plusYears(1))).contains(raised);
        assertThat(Fees.rateOn(rates, PaidActivity.LEADING, APRIL.plusYears(2))).isEmpty();
    }

    @Test
    void aFeeIsPaidToTheMinute() {
        PayRate rate = rate(2_500, null, null, 0, APRIL);

        assertThat(Fees.fee(rate, 60)).isEqualTo(2_500);
        assertThat(Fees.fee(rate, 90)).isEqualTo(3_750);
        assertThat(Fees.fee(rate, 1)).isEqualTo(42);
        assertThat(Fees.fee(rate, 0)).isZero();
    }

    @Test
    void halfAPennyIsRoundedUpAndLessIsRoundedDown() {
        assertThat(Fees.fee(rate(1_001, null, null, 0, APRIL), 30)).isEqualTo(501);
        assertThat(Fees.fee(rate(1_003, null, null, 0, APRIL), 20)).isEqualTo(334);
        assertThat(Fees.fee(rate(1_001, null, null, 0, APRIL), 1)).isEqualTo(17);
    }

    @Test
    void preparationTimeIsPaidOnTopOfTheSession() {
        assertThat(Fees.fee(rate(2_500, null, null, 60, APRIL), 120)).isEqualTo(7_500);
    }

    @Test
    void upToFourHoursAFeeIsNeverMoreThanTheHalfDayAmount() {
        PayRate rate = rate(2_500, 7_500L, 15_000L, 0, APRIL);

        assertThat(Fees.fee(rate, 120)).isEqualTo(5_000);
        assertThat(Fees.fee(rate, 240)).isEqualTo(7_500);
        assertThat(Fees.fee(rate, 241)).isEqualTo(10_042);
    }

    @Test
    void noFeeIsMoreThanTheDayAmount() {
        PayRate rate = rate(2_500, 7_500L, 15_000L, 0, APRIL);

        assertThat(Fees.fee(rate, 420)).isEqualTo(15_000);
        assertThat(Fees.fee(rate(2_500, null, 15_000L, 0, APRIL), 60 * 9)).isEqualTo(15_000);
    }

    @Test
    void preparationCountsTowardsTheHalfDay() {
        PayRate rate = rate(2_500, 7_500L, null, 60, APRIL);

        assertThat(Fees.fee(rate, 180)).isEqualTo(7_500);
        assertThat(Fees.fee(rate, 181)).isEqualTo(10_042);
    }

    @Test
    void aNegativeLengthIsAMistakeNotAFee() {
        assertThatThrownBy(() -> Fees.fee(rate(2_500, null, null, 0, APRIL), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAbsurdRateOverflowsLoudlyRatherThanPayingTheWrongAmount() {
        assertThatThrownBy(() -> Fees.fee(rate(Long.MAX_VALUE / 10, null, null, 0, APRIL), 480)).isInstanceOf(ArithmeticException.class);
    }

    private static PayRate rate(long perHour, Long halfDay, Long day, int preparation, LocalDate from) {
        return new PayRate(perHour, PaidActivity.ATTENDING, perHour, halfDay, day, preparation, from);
    }
}
