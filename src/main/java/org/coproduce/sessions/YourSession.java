package org.coproduce.sessions;

import java.util.List;

/**
 * A session someone is invited to or came to, with their reply, for their own "Your sessions" page.
 *
 * @param invited false when they came without an invitation, as a group's members often do
 * @param came    whether the record of who came has them in it
 * @param forYou what they need to take part, and whether it is arranged; empty unless they said they are coming
 */
public record YourSession(Session session, String hostName, boolean invited, Reply reply, boolean came, List<AccessCheck.Need> forYou) {

    YourSession withArrangements(List<AccessCheck.Need> needs) {
        return new YourSession(session, hostName, invited, reply, came, List.copyOf(needs));
    }
}
