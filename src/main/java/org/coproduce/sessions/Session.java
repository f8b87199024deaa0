package org.coproduce.sessions;

import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.web.Dates;

/**
 * A session as planned.
 *
 * @param attendanceRecordedAt when someone last recorded who came; null when nobody has yet
 */
public record Session(
        long id,
        long groupId,
        SessionKind kind,
        String title,
        String purpose,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        Instant attendanceRecordedAt) {

    public LocalDate day() {
        return startsAt.atZone(Dates.LONDON).toLocalDate();
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** For example "10:30am to 12:30pm". */
    public String times() {
        return Dates.time(startsAt) + " to " + Dates.time(endsAt);
    }
}
