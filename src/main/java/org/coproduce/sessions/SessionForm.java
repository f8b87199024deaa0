package org.coproduce.sessions;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;

/** Planning a session: what, when and where. Times arrive as text so that "half ten" gets a clear message. */
public record SessionForm(SessionKind kind, String title, String purpose, String intendedOutcomes, String dayDay, String dayMonth,
        String dayYear, String startTime, String endTime, String place, String onlineLink) {

    static SessionForm empty() {
        return new SessionForm(SessionKind.MEETING, null, null, null, null, null, null, null, null, null, null);
    }

    static SessionForm of(Session session) {
        DateField day = DateField.of(session.day());
        return new SessionForm(session.kind(), session.title(), session.purpose(), session.intendedOutcomes(), day.day(), day.month(),
                day.year(), TimeOfDay.format(session.startsAt().atZone(Dates.LONDON).toLocalTime()),
                TimeOfDay.format(session.endsAt().atZone(Dates.LONDON).toLocalTime()), session.place(), session.onlineLink());
    }

    public DateField day() {
        return DateField.parse(dayDay, dayMonth, dayYear, "the date");
    }

    /** The checked details, or null with the problems added in the order of the form. */
    SessionDetails details(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (kind == null) {
            found.add(new FormErrors.Error("kind", "Choose what kind of session it is"));
        }
        if (title == null) {
            found.add(new FormErrors.Error("title", "Enter a title, like \"Board meeting\""));
        } else {
            SessionLimits.TITLE.check("title", title, found);
        }
        SessionLimits.PURPOSE.check("purpose", purpose, found);
        SessionLimits.INTENDED_OUTCOMES.check("intendedOutcomes", intendedOutcomes, found);
        DateField date = day();
        if (date.missing()) {
            found.add(new FormErrors.Error("day", "Enter the date of the session"));
        } else if (date.error() != null) {
            found.add(new FormErrors.Error("day", date.error()));
        }
        LocalTime starts = TimeOfDay.parse(startTime);
        LocalTime ends = TimeOfDay.parse(endTime);
        if (startTime == null) {
            found.add(new FormErrors.Error("startTime", "Enter the time it starts, like 10:30 or 2pm"));
        } else if (starts == null) {
            found.add(new FormErrors.Error("startTime", "Enter the start time like 10:30 or 2pm. Say am or pm for early hours, like 7am"));
        }
        if (endTime == null) {
            found.add(new FormErrors.Error("endTime", "Enter the time it ends, like 12:30 or 4pm"));
        } else if (ends == null) {
            found.add(new FormErrors.Error("endTime", "Enter the end time like 12:30 or 4pm. Say am or pm for early hours, like 7pm"));
        } else if (starts != null && !ends.isAfter(starts)) {
            found.add(new FormErrors.Error("endTime", "The session must end after it starts"));
        }
        if (place == null && onlineLink == null) {
            found.add(new FormErrors.Error("place", "Enter where it is, or a link to join online, or both"));
        }
        SessionLimits.PLACE.check("place", place, found);
        if (!SessionLimits.ONLINE_LINK.check("onlineLink", onlineLink, found) && onlineLink != null && !isWebAddress(onlineLink)) {
            found.add(new FormErrors.Error("onlineLink", "Enter the link to join like https://meet.example.org/board"));
        }
        problems.addAll(found);
        if (!found.isEmpty()) {
            return null;
        }
        LocalDate on = date.date();
        return new SessionDetails(kind, title, purpose, intendedOutcomes, on.atTime(starts).atZone(Dates.LONDON).toInstant(),
                on.atTime(ends).atZone(Dates.LONDON).toInstant(), place, onlineLink);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
