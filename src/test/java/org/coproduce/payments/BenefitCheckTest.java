package org.coproduce.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.payments.BenefitCheck.Earning;
import org.coproduce.payments.BenefitCheck.Outcome;
import org.junit.jupiter.api.Test;

class BenefitCheckTest {

    static final BenefitLimit CARERS = new BenefitLimit(BenefitRule.CARERS_ALLOWANCE, 2025, 196_00, null, "test", false, false);
    static final BenefitLimit UNIVERSAL_CREDIT = new BenefitLimit(BenefitRule.UC_WITH_HOUSING, 2025, 411_00, 55, "test", false, false);
    static final int MONDAY = 1;
    static final int THURSDAY = 4;

    // Monday 16 November 2026 to Sunday 22 November 2026
    static final LocalDate MONDAY_16 = LocalDate.of(2026, 11, 16);
    static final LocalDate SUNDAY_22 = LocalDate.of(2026, 11, 22);
    static final LocalDate MONDAY_23 = LocalDate.of(2026, 11, 23);

    @Test
    void aFeeThatTakesTheWeekOverACliffIsOverAndSaysWhatWouldStayUnder() {
        var verdict = BenefitCheck.check(CARERS, MONDAY, SUNDAY_22, 75_00, List.of(new Earning(MONDAY_16, 150_00)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.OVER_CLIFF);
        assertThat(verdict.total()).isEqualTo(225_00);
        assertThat(verdict.mostUnderLimit()).isEqualTo(46_00);
        assertThat(verdict.needsChoice()).isTrue();
    }

    @Test
    void earningsInTheNextBenefitWeekDoNotCount() {
        var verdict = BenefitCheck.check(CARERS, MONDAY, MONDAY_23, 75_00, List.of(new Earning(SUNDAY_22, 150_00)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FINE);
        assertThat(verdict.earnedBefore()).isZero();
        assertThat(verdict.periodStart()).isEqualTo(MONDAY_23);
    }

    @Test
    void aBenefitWeekCanStartOnAnyDay() {
        // A week from Thursday: Sunday 22 and Monday 23 are in the same week, Thursday 19 to Wednesday 25.
        var verdict = BenefitCheck.check(CARERS, THURSDAY, MONDAY_23, 75_00, List.of(new Earning(SUNDAY_22, 150_00)));

        assertThat(verdict.periodStart()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(verdict.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(verdict.outcome()).isEqualTo(Outcome.OVER_CLIFF);
    }

    @Test
    void exactlyTheLimitIsNotOverButIsClose() {
        var verdict = BenefitCheck.check(CARERS, MONDAY, MONDAY_16, 196_00, List.of());

        assertThat(verdict.outcome()).isEqualTo(Outcome.NEAR);
        assertThat(verdict.needsChoice()).isFalse();
    }

    @Test
    void onePennyOverACliffIsOver() {
        assertThat(BenefitCheck.check(CARERS, MONDAY, MONDAY_16, 196_01, List.of()).outcome()).isEqualTo(Outcome.OVER_CLIFF);
    }

    @Test
    void wellUnderTheLimitIsFineAndFourFifthsOfItIsClose() {
        assertThat(BenefitCheck.check(CARERS, MONDAY, MONDAY_16, 156_79, List.of()).outcome()).isEqualTo(Outcome.FINE);
        assertThat(BenefitCheck.check(CARERS, MONDAY, MONDAY_16, 156_80, List.of()).outcome()).isEqualTo(Outcome.NEAR);
    }

    @Test
    void whenOtherFeesAlreadyReachTheLimitNoSmallerFeeStaysUnder() {
        var verdict = BenefitCheck.check(CARERS, MONDAY, SUNDAY_22, 25_00, List.of(new Earning(MONDAY_16, 196_00)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.OVER_CLIFF);
        assertThat(verdict.mostUnderLimit()).isZero();
    }

    @Test
    void aTaperKeepsPartOfWhatIsOverTheAllowance() {
        // £400 earned already, £100 more: £89 over the £411 allowance, 55p off each £1 over is £48.95, so £51.05 is kept.
        var verdict = BenefitCheck.check(UNIVERSAL_CREDIT, 1, LocalDate.of(2026, 11, 20), 100_00,
                List.of(new Earning(LocalDate.of(2026, 11, 2), 400_00)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.TAPERED);
        assertThat(verdict.keptPence()).isEqualTo(51_05);
        assertThat(verdict.needsChoice()).isFalse();
    }

    @Test
    void whenTheAllowanceIsAlreadyUsedUpTheTaperAppliesToAllOfTheFee() {
        var verdict = BenefitCheck.check(UNIVERSAL_CREDIT, 1, LocalDate.of(2026, 11, 20), 100_00,
                List.of(new Earning(LocalDate.of(2026, 11, 2), 500_00)));

        assertThat(verdict.keptPence()).isEqualTo(45_00);
    }

    @Test
    void anAssessmentPeriodRunsFromItsStartDayInOneMonthToTheDayBeforeInTheNext() {
        // Periods starting on the 14th: 14 October to 13 November, then 14 November to 13 December.
        var verdict = BenefitCheck.check(UNIVERSAL_CREDIT, 14, LocalDate.of(2026, 11, 14), 200_00,
                List.of(new Earning(LocalDate.of(2026, 11, 13), 300_00), new Earning(LocalDate.of(2026, 12, 13), 50_00)));

        assertThat(verdict.periodStart()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(verdict.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(verdict.earnedBefore()).isEqualTo(50_00);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FINE);
    }

    @Test
    void anAssessmentPeriodCanCrossTheNewYear() {
        var verdict = BenefitCheck.check(UNIVERSAL_CREDIT, 20, LocalDate.of(2027, 1, 5), 10_00, List.of());

        assertThat(verdict.periodStart()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(verdict.periodEnd()).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    @Test
    void aPeriodIsWrittenAsShortlyAsItCanBe() {
        assertThat(BenefitSafeguard.range(MONDAY_16, SUNDAY_22)).isEqualTo("16 to 22 November 2026");
        assertThat(BenefitSafeguard.range(LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 3))).isEqualTo("28 October to 3 November 2026");
        assertThat(BenefitSafeguard.range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3))).isEqualTo("28 December 2026 to 3 January 2027");
    }

    @Test
    void taxYearsStartOnTheSixthOfApril() {
        assertThat(TaxYear.of(LocalDate.of(2026, 4, 5))).isEqualTo(2025);
        assertThat(TaxYear.of(LocalDate.of(2026, 4, 6))).isEqualTo(2026);
        assertThat(TaxYear.name(2025)).isEqualTo("2025/26");
        assertThat(TaxYear.name(2099)).isEqualTo("2099/00");
    }
}
