package org.coproduce.sessions;

import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.groups.Quorum;
import org.coproduce.web.Dates;

/**
 * A session as planned.
 *
 * @param attendanceRecordedAt when someone last recorded who came; null when nobody has yet
 * @param quorum               whether it was quorate, as it stood when attendance was recorded; null until then
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
        Instant attendanceRecordedAt,
        Quorum quorum) {

    /** Only a group's meetings need to be quorate; workshops, drop-ins and one-to-ones do not take its decisions. */
    public boolean needsQuorum() {
        return kind == SessionKind.MEETING;
    }

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
