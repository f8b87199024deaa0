package org.coproduce.sessions;

import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A calendar file (.ics, RFC 5545) for a session, so that people can add it to their calendar in one step. Times are
 * in UTC, which every calendar converts to the reader's own time.
 */
final class CalendarFile {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private CalendarFile() {
    }

    /**
     * @param sequence goes up each time the session changes, so that calendars replace the old entry
     */
    static byte[] of(Session session, String organisationName, String host, String link, int sequence) {
        VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
        event.add(new Uid("session-" + session.id() + "@" + host));
        event.add(new Sequence(sequence));
        String where = session.place() != null ? session.place() : session.onlineLink();
        if (where != null) {
            event.add(new Location(where));
        }
        StringBuilder description = new StringBuilder();
        if (session.purpose() != null) {
            description.append(session.purpose()).append("\n\n");
        }
        if (session.onlineLink() != null) {
            description.append("Join online: ").append(session.onlineLink()).append("\n\n");
        }
        description.append("Reply or see the details: ").append(link);
        event.add(new Description(description.toString()));
        event.add(new Url(java.net.URI.create(link)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//" + organisationName.replace("//", "/") + "//Coproduce//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
