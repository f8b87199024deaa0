package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void timesAreWrittenTheGovUkWay() {
        assertThat(Dates.time(at(14, 30))).isEqualTo("2:30pm");
        assertThat(Dates.time(at(10, 0))).isEqualTo("10am");
        assertThat(Dates.time(at(12, 0))).isEqualTo("midday");
        assertThat(Dates.time(at(0, 0))).isEqualTo("midnight");
        assertThat(Dates.time(null)).isEmpty();
    }

    @Test
    void timesAreShownInLondonTimeSummerAndWinter() {
        var summer = LocalDateTime.of(2026, 7, 1, 10, 0).atZone(Dates.LONDON).toInstant();
        var winter = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(Dates.LONDON).toInstant();

        assertThat(Dates.time(summer)).isEqualTo("10am");
        assertThat(Dates.time(winter)).isEqualTo("10am");
        assertThat(Dates.dateTime(winter)).isEqualTo("1 December 2026 at 10am");
    }

    private static java.time.Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute).atZone(Dates.LONDON).toInstant();
    }
}
