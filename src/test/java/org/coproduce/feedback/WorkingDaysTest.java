package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    final WorkingDays days = WorkingDays.englandAndWales();

    @Test
    void countsMondayToFriday() {
        LocalDate friday = LocalDate.of(2026, 12, 4);

        assertThat(days.add(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.add(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 11));
        assertThat(days.between(friday, LocalDate.of(2026, 12, 7))).isEqualTo(1);
    }

    @Test
    void twentyWorkingDaysFromTheStartOfDecemberSkipChristmasAndNewYear() {
        assertThat(days.add(LocalDate.of(2026, 12, 2), 20)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void skipsEasterAndTheSubstituteDayForBoxingDay() {
        assertThat(days.add(LocalDate.of(2026, 4, 2), 1)).as("after Good Friday and Easter Monday").isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(days.between(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29)))
                .as("25 and 28 December 2026 are bank holidays, 26 and 27 a weekend").isEqualTo(1);
    }

    @Test
    void theSameDayIsNoWorkingDaysAndEarlierDaysCountBackwards() {
        LocalDate monday = LocalDate.of(2027, 2, 1);

        assertThat(days.between(monday, monday)).isZero();
        assertThat(days.between(LocalDate.of(2027, 2, 3), monday)).isEqualTo(-2);
    }

    @Test
    void addingThenCountingGivesTheSameNumberWhateverTheStartingDay() {
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.isBefore(LocalDate.of(2029, 1, 1)); start = start.plusDays(11)) {
            for (int n : new int[] {1, 3, 20, 60}) {
                assertThat(days.between(start, days.add(start, n))).as(start + " plus " + n).isEqualTo(n);
            }
        }
    }

    @Test
    void afterTheLastListedYearOnlyWeekendsAreLeftOut() {
        WorkingDays noHolidays = new WorkingDays(Set.of());

        assertThat(noHolidays.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2029, 12, 25))).isTrue();
    }

    @Test
    void eightBankHolidaysAYearFallOnWeekdays() {
        long holidays = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2029, 1, 1))
                .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
                .filter(day -> !days.isWorkingDay(day))
                .count();
        assertThat(holidays).as("8 bank holidays a year in England and Wales, 2025 to 2028").isEqualTo(32);
    }
}
