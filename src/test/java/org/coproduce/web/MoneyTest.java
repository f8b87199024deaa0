package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    // Reading amounts people type

    @Test
    void poundsWithASignCommasAndPenceAreRead() {
        assertThat(Money.pence("£1,250.50")).isEqualTo(125050L);
    }

    @Test
    void oneDecimalPlaceIsTenPence() {
        assertThat(Money.pence("1250.5")).isEqualTo(125050L);
        assertThat(Money.pence("0.5")).isEqualTo(50L);
    }

    @Test
    void wholePoundsAreRead() {
        assertThat(Money.pence("80")).isEqualTo(8000L);
        assertThat(Money.pence("0")).isEqualTo(0L);
    }

    @Test
    void spacesAroundAndAfterThePoundSignAreIgnored() {
        assertThat(Money.pence(" £ 80 ")).isEqualTo(8000L);
    }

    @Test
    void aSinglePennyIsRead() {
        assertThat(Money.pence("0.01")).isEqualTo(1L);
    }

    @Test
    void wordsAreNotMoney() {
        assertThat(Money.pence("lots")).isNull();
    }

    @Test
    void moreThanTwoDecimalPlacesAreRefusedNotRounded() {
        assertThat(Money.pence("1.234")).isNull();
        assertThat(Money.pence("1.235")).isNull();
        assertThat(Money.pence("0.001")).isNull();
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThat(Money.pence("-5")).isNull();
        assertThat(Money.pence("£-5")).isNull();
    }

    @Test
    void nothingTypedIsNotAnAmount() {
        assertThat(Money.pence(null)).isNull();
        assertThat(Money.pence("")).isNull();
        assertThat(Money.pence("   ")).isNull();
        assertThat(Money.pence("£")).isNull();
    }

    @Test
    void scientificNotationIsRefused() {
        assertThat(Money.pence("1e3")).isNull();
        assertThat(Money.pence("1E3")).isNull();
    }

    @Test
    void theLargestAllowedAmountIsAcceptedAndAnythingAboveIsRefused() {
        assertThat(Money.pence(Money.forForm(Money.MOST_PENCE))).isEqualTo(Money.MOST_PENCE);
        assertThat(Money.pence(Money.forForm(Money.MOST_PENCE + 1))).isNull();
        assertThat(Money.pence("£100,000,000.01")).isNull();
        assertThat(Money.pence("1000000000")).isNull();
    }

    @Test
    void amountsTooLargeForALongAreRefusedRatherThanOverflowing() {
        assertThat(Money.pence("99999999999999999999999")).isNull();
    }

    // Showing amounts

    @Test
    void amountsWithPenceAreShownWithThousandsSeparatorsAndTwoDecimalPlaces() {
        assertThat(Money.pounds(125050)).isEqualTo("£1,250.50");
    }

    @Test
    void wholePoundsAreShownWithoutPence() {
        assertThat(Money.pounds(8000)).isEqualTo("£80");
        assertThat(Money.pounds(0)).isEqualTo("£0");
    }

    @Test
    void aFewPenceAreShownAsAFractionOfAPound() {
        assertThat(Money.pounds(5)).isEqualTo("£0.05");
    }

    @Test
    void aFormShowsTheAmountAgainWithoutASignOrSeparators() {
        assertThat(Money.forForm(125050L)).isEqualTo("1250.50");
        assertThat(Money.forForm(8000L)).isEqualTo("80.00");
        assertThat(Money.forForm(1L)).isEqualTo("0.01");
    }

    @Test
    void aFormShowsNothingWhenThereIsNoAmount() {
        assertThat(Money.forForm(null)).isNull();
    }

    @Test
    void whatAFormShowsReadsBackAsTheSameAmount() {
        List<Long> amounts = new ArrayList<>();
        for (long pence = 0; pence <= 20_000; pence += 7) {
            amounts.add(pence);
        }
        amounts.addAll(List.of(99L, 100L, 101L, 999_999L, 1_000_000L, 123_456_789L, 9_999_999_999L, Money.MOST_PENCE - 1,
                Money.MOST_PENCE));

        for (long pence : amounts) {
            assertThat(Money.pence(Money.forForm(pence))).as("%d pence", pence).isEqualTo(pence);
        }
    }

    @Test
    void whatIsShownReadsBackAsTheSameAmount() {
        for (long pence : List.of(0L, 1L, 5L, 99L, 8000L, 125050L, 123_456_789L, Money.MOST_PENCE)) {
            assertThat(Money.pence(Money.pounds(pence))).as("%d pence", pence).isEqualTo(pence);
        }
    }
}
