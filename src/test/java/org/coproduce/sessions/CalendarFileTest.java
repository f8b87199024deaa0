package org.coproduce.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STARTS = LocalDateTime.of(2027, 1, 14, 10, 30).atZone(LONDON).toInstant();
    private static final Instant ENDS = LocalDateTime.of(2027, 1, 14, 12, 30).atZone(LONDON).toInstant();
    private static final String TITLE = "Housing working group";
    private static final String PLACE = "Community Room, Northshire Library, High Street";
    private static final String ONLINE = "https://meet.example/northshire-housing";
    private static final String REPLY = "https://coproduce.example/reply/abc";

    @Test
    void theFileIsACalendarWithOneEventForTheSession() throws Exception {
        Calendar calendar = parse(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(calendar.getComponents()).hasSize(1);
    }

    @Test
    void theEventHasTheSessionsTitleAndTimes() throws Exception {
        VEvent event = event(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(STARTS);
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(ENDS);
        assertThat(STARTS).isEqualTo(Instant.parse("2027-01-14T10:30:00Z"));
    }

    @Test
    void theEventIsAtThePlaceWhenThereIsOne() throws Exception {
        VEvent event = event(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.getLocation().getValue()).isEqualTo(PLACE);
    }

    @Test
    void theEventHasAUidOnTheHostAndTheSequenceGiven() throws Exception {
        VEvent event = event(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.getUid()).hasValueSatisfying(uid -> assertThat(uid.getValue()).endsWith("@coproduce.example"));
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(2);
    }

    @Test
    void theUidStaysTheSameWhenTheSessionChangesSoCalendarsReplaceTheEntry() throws Exception {
        VEvent first = event(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));
        VEvent second = event(CalendarFile.of(session("Town Hall", null), "Northshire Partnership", "coproduce.example", REPLY, 3));

        assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue());
        assertThat(second.getSequence().getSequenceNo()).isEqualTo(3);
    }

    @Test
    void theDescriptionHasTheReplyLinkAndTheOnlineLink() throws Exception {
        VEvent event = event(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.getDescription().getValue()).contains(REPLY).contains(ONLINE);
    }

    @Test
    void aSessionOnlyOnlineIsAtItsOnlineLink() throws Exception {
        VEvent event = event(CalendarFile.of(session(null, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.getLocation().getValue()).isEqualTo(ONLINE);
    }

    @Test
    void aSessionWithNeitherPlaceNorLinkHasNoLocation() throws Exception {
        VEvent event = event(CalendarFile.of(session(null, null), "Northshire Partnership", "coproduce.example", REPLY, 2));

        assertThat(event.<Location>getProperty(Property.LOCATION)).isEmpty();
        assertThat(event.getDescription().getValue()).contains(REPLY).doesNotContain("Join online");
    }

    @Test
    void theFileIsUtf8TextThatStartsAndEndsAsACalendar() {
        String text = new String(CalendarFile.of(session(PLACE, ONLINE), "Northshire Partnership", "coproduce.example", REPLY, 2),
                StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH").contains("Northshire Partnership");
        assertThat(text.strip()).endsWith("END:VCALENDAR");
    }

    @Test
    void theContentTypeIsACalendar() {
        assertThat(CalendarFile.CONTENT_TYPE).startsWith("text/calendar");
    }

    private static Session session(String place, String onlineLink) {
        return new Session(17, 3L, null, SessionKind.MEETING, TITLE, "To agree the housing priorities for next year",
                "A short list of priorities", STARTS, ENDS, place, onlineLink, null, null, 2, null, null);
    }

    private static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static VEvent event(byte[] bytes) throws Exception {
        List<VEvent> events = parse(bytes).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }
}
