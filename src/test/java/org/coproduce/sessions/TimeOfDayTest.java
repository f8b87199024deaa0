package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeOfDayTest {

    @Test
    void timesAreReadTheWaysPeopleWriteThem() {
        assertThat(TimeOfDay.parse("10:30")).isEqualTo(LocalTime.of(10, 30));
        assertThat(TimeOfDay.parse("10.30")).isEqualTo(LocalTime.of(10, 30));
        assertThat(TimeOfDay.parse("2pm")).isEqualTo(LocalTime.of(14, 0));
        assertThat(TimeOfDay.parse("2:30 pm")).isEqualTo(LocalTime.of(14, 30));
        assertThat(TimeOfDay.parse("12pm")).isEqualTo(LocalTime.NOON);
        assertThat(TimeOfDay.parse("12am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(TimeOfDay.parse("Midday")).isEqualTo(LocalTime.NOON);
        assertThat(TimeOfDay.parse("14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(TimeOfDay.parse("07:30")).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void anEarlyHourWithoutAmOrPmIsNotGuessed() {
        assertThat(TimeOfDay.parse("2")).isNull();
        assertThat(TimeOfDay.parse("2:30")).isNull();
        assertThat(TimeOfDay.parse("7")).isNull();
    }

    @Test
    void thingsThatAreNotTimesAreRefused() {
        assertThat(TimeOfDay.parse("half ten")).isNull();
        assertThat(TimeOfDay.parse("25:00")).isNull();
        assertThat(TimeOfDay.parse("10:75")).isNull();
        assertThat(TimeOfDay.parse("13pm")).isNull();
        assertThat(TimeOfDay.parse(null)).isNull();
    }
}
