package org.coproduce.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackDeadlineTest {

    final WorkingDays days = WorkingDays.englandAndWales();

    @Test
    void feedbackDueSoonSaysHowManyWorkingDaysAreLeft() {
        Deadline deadline = Deadline.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 23), days);

        assertThat(deadline.words()).as("24 and 29 December; the 25th and 28th are bank holidays").isEqualTo("Due in 2 working days");
        assertThat(deadline.close()).isTrue();
        assertThat(deadline.tagClass()).contains("yellow");
    }

    @Test
    void feedbackPastItsPromiseSaysHowManyWorkingDaysLate() {
        Deadline deadline = Deadline.of(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 30), days);

        assertThat(deadline.words()).isEqualTo("3 working days late");
        assertThat(deadline.tagClass()).contains("red");
    }

    @Test
    void dueTodayAndFarAwayAreSaidInWordsToo() {
        LocalDate monday = LocalDate.of(2027, 2, 1);

        assertThat(Deadline.of(monday, monday, days).words()).isEqualTo("Due today");
        assertThat(Deadline.of(monday.plusDays(14), monday, days).words()).isEqualTo("Due in 10 working days");
        assertThat(Deadline.of(monday.plusDays(14), monday, days).close()).isFalse();
        assertThat(Deadline.of(LocalDate.of(2027, 1, 29), LocalDate.of(2027, 1, 30), days).words())
                .as("a Friday's promise, on the Saturday").isEqualTo("Past our promise");
    }

    @Test
    void theMedianIsTheMiddleAnswerRoundedUp() {
        assertThat(Figures.median(List.of())).isNull();
        assertThat(Figures.median(List.of(3, 5, 20))).isEqualTo(5);
        assertThat(Figures.median(List.of(3, 6))).isEqualTo(5);
    }
}
