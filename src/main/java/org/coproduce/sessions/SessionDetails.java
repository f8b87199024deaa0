package org.coproduce.sessions;

import java.time.Instant;

/** What describes a planned session, already checked. */
public record SessionDetails(SessionKind kind, String title, String purpose, String intendedOutcomes, Instant startsAt,
        Instant endsAt, String place, String onlineLink) {

    /** A session without intended outcomes written yet. */
    public SessionDetails(SessionKind kind, String title, String purpose, Instant startsAt, Instant endsAt, String place,
            String onlineLink) {
        this(kind, title, purpose, null, startsAt, endsAt, place, onlineLink);
    }
}
