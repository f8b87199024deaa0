package org.coproduce.sessions;

import java.time.Instant;
import java.util.List;

/**
 * Published when who came to a session is recorded, so that other parts of Coproduce can react: paying people for
 * their time, for example. Recording attendance again publishes it again, with everyone who came.
 */
public record SessionAttended(long organisationId, long sessionId, Instant startsAt, Instant endsAt, List<Long> personIds) {

    public SessionAttended {
        personIds = List.copyOf(personIds);
    }
}
