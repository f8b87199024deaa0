package org.coproduce.sessions;

import java.util.List;

/**
 * A session someone is invited to, with their reply, for their own "Your sessions" page.
 *
 * @param forYou what they need to take part, and whether it is arranged; empty unless they said they are coming
 */
public record YourSession(Session session, String hostName, Reply reply, List<AccessCheck.Need> forYou) {

    YourSession withArrangements(List<AccessCheck.Need> needs) {
        return new YourSession(session, hostName, reply, List.copyOf(needs));
    }
}
