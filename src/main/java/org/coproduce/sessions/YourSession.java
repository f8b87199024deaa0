package org.coproduce.sessions;

/** A session someone is invited to, with their reply, for their own "Your sessions" page. */
public record YourSession(Session session, String hostName, Reply reply, String token) {
}
