package org.coproduce.sessions;

import java.util.Collection;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.springframework.stereotype.Component;

/**
 * Records in the audit log whose access needs a session's pages showed: only people with a need are named on them, so
 * only they are recorded.
 */
@Component
class AccessNeedsShown {

    private final AuditLog audit;
    private final Register register;

    AccessNeedsShown(AuditLog audit, Register register) {
        this.audit = audit;
        this.register = register;
    }

    void onSessionPage(CurrentUser by, SessionPage view) {
        if (view.access() != null) {
            record(by, view.access().personIds(), "On the session page for " + view.session().title());
        }
    }

    void onArrangingPage(CurrentUser by, Session session, AccessCheck.Need need, String what) {
        record(by, need.personIds(), "On the page to arrange " + what + " for " + session.title());
    }

    private void record(CurrentUser by, Collection<Long> personIds, String where) {
        audit.viewed(by, Topic.ACCESS_NEEDS, personIds.stream()
                .flatMap(id -> register.find(by.organisationId(), id).stream())
                .map(person -> new AuditLog.Subject(person.id(), person.fullName()))
                .toList(), where);
    }
}
