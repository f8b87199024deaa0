package org.coproduce.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Signs someone out everywhere, so that a change to their access takes effect at once rather than at their next sign-in. */
@Component
class SessionEnder {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionEnder(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void signOutEverywhere(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }

    void signOutEverywhereElse(String email, String currentSessionId) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(currentSessionId))
                .forEach(sessions::deleteById);
    }
}
