package org.coproduce.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.coproduce.groups.Quorum;
import org.coproduce.web.Dates;

/**
 * A session as planned. It belongs to a group or to a project, never both.
 *
 * @param attendanceRecordedAt when someone last recorded who came; null when nobody has yet
 * @param quorum               whether it was quorate, as it stood when attendance was recorded; null until then
 * @param revision             goes up each time the time or place changes, so that calendars replace the old entry
 * @param closedAt             when follow-up was sent or skipped; null while the session is open
 * @param followUpSkippedReason why nobody was followed up, when that was chosen
 */
public record Session(
        long id,
        Long groupId,
        Long projectId,
        SessionKind kind,
        String title,
        String purpose,
        String intendedOutcomes,
        Instant startsAt,
        Instant endsAt,
        String place,
        String onlineLink,
        Instant attendanceRecordedAt,
        Quorum quorum,
        int revision,
        Instant closedAt,
        String followUpSkippedReason) {

    /** Follow-up has been sent, or skipped with a reason. */
    public boolean closed() {
        return closedAt != null;
    }

    /** Only a group's meetings need to be quorate; workshops, drop-ins, one-to-ones and project sessions do not. */
    public boolean needsQuorum() {
        return kind == SessionKind.MEETING && groupId != null;
    }

    public LocalDate day() {
        return startsAt.atZone(Dates.LONDON).toLocalDate();
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    public long minutes() {
        return Duration.between(startsAt, endsAt).toMinutes();
    }

    /** For example "10:30am to 12:30pm". */
    public String times() {
        return Dates.time(startsAt) + " to " + Dates.time(endsAt);
    }

    /** For example "Tuesday 14 January 2027, 10:30am to 12:30pm". */
    public String when() {
        return startsAt.atZone(Dates.LONDON).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                + " " + Dates.date(day()) + ", " + times();
    }
}
