package org.coproduce.accounts;

import java.util.Optional;
import org.coproduce.web.Refused;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepting an invitation: the email link proves the address, so it may create an account or join an existing one. */
@Service
class Invitations {

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;

    Invitations(InvitationRepository invitations, AccountRepository accounts, MembershipRepository memberships,
            PasswordEncoder passwords) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwords = passwords;
    }

    Optional<Invitation> usable(String token) {
        return invitations.findUsable(Tokens.hash(token));
    }

    boolean hasAccount(Invitation invitation) {
        return accounts.findByEmail(invitation.email()).isPresent();
    }

    /**
     * @param password null to sign in with emailed links only; ignored when the account already exists
     * @return the new membership, or empty when the link was used up in the meantime
     */
    @Transactional
    Optional<Membership> accept(String token, String password) {
        Optional<Invitation> found = usable(token);
        if (found.isEmpty() || !invitations.accept(found.get().id())) {
            return Optional.empty();
        }
        Invitation invitation = found.get();
        Account account = accounts.findByEmail(invitation.email())
                .orElseGet(() -> accounts.create(invitation.email(), password == null ? null : passwords.encode(password)));
        var existing = memberships.findForPerson(invitation.organisationId(), invitation.personId());
        if (existing.isPresent()) {
            memberships.setRoles(invitation.organisationId(), existing.get().id(), invitation.roles());
            memberships.setActive(invitation.organisationId(), existing.get().id(), true);
        } else if (memberships.findForAccount(invitation.organisationId(), account.id()).isPresent()) {
            throw new Refused("This email address already belongs to someone else in " + invitation.organisationName());
        } else {
            memberships.create(invitation.organisationId(), account.id(), invitation.personId(), invitation.roles());
        }
        return memberships.findForPerson(invitation.organisationId(), invitation.personId());
    }
}
