package org.coproduce.people;

import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.AccessStatus;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to who can sign in and with which roles, each written to the audit log in the same transaction. */
@Service
class SignInChanges {

    private final AccessManagement signInAccess;
    private final AuditLog audit;
    private final Labels labels;

    SignInChanges(AccessManagement signInAccess, AuditLog audit, Labels labels) {
        this.signInAccess = signInAccess;
        this.audit = audit;
        this.labels = labels;
    }

    @Transactional
    void invite(CurrentUser by, Person person, String email, Set<Role> roles) {
        signInAccess.invite(by, person.id(), person.displayName(), email, roles);
        audit.added(by, Topic.SIGN_IN_AND_ROLES, AuditedValues.subject(person), "Invited to sign in",
                Map.of("Email", email, "Roles", words(roles)));
    }

    @Transactional
    void withdrawInvitation(CurrentUser by, Person person) {
        signInAccess.withdrawInvitation(by, person.id());
        audit.removed(by, Topic.SIGN_IN_AND_ROLES, AuditedValues.subject(person), "Their invitation to sign in was withdrawn", Map.of());
    }

    @Transactional
    void changeRoles(CurrentUser by, Person person, Set<Role> roles) {
        AccessStatus before = signInAccess.statusOf(by, person.id());
        signInAccess.changeRoles(by, person.id(), roles);
        audit.changed(by, Topic.SIGN_IN_AND_ROLES, AuditedValues.subject(person), "Their roles",
                Map.of("Roles", words(before.roles())), Map.of("Roles", words(roles)));
    }

    @Transactional
    void deactivate(CurrentUser by, Person person) {
        signInAccess.deactivate(by, person.id());
        audit.changed(by, Topic.SIGN_IN_AND_ROLES, AuditedValues.subject(person), "Whether they can sign in",
                Map.of("Can sign in", "yes"), Map.of("Can sign in", "no"));
    }

    @Transactional
    void reactivate(CurrentUser by, Person person) {
        signInAccess.reactivate(by, person.id());
        audit.changed(by, Topic.SIGN_IN_AND_ROLES, AuditedValues.subject(person), "Whether they can sign in",
                Map.of("Can sign in", "no"), Map.of("Can sign in", "yes"));
    }

    private String words(Set<Role> roles) {
        return String.join(", ", labels.of(roles.stream().sorted().toList()));
    }
}
