package org.coproduce.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.coproduce.notifications.Email;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.coproduce.web.SiteAddress;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators decide who can sign in to their organisation and with which roles: they invite people from the
 * register, change roles, and deactivate or reactivate access. The organisation always keeps an active coordinator.
 */
@Service
@Transactional
public class AccessManagement {

    static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final Mailer mailer;
    private final SessionEnder sessions;
    private final SiteAddress site;

    AccessManagement(MembershipRepository memberships, InvitationRepository invitations, AccountRepository accounts,
            Mailer mailer, SessionEnder sessions, SiteAddress site) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.sessions = sessions;
        this.site = site;
    }

    @Transactional(readOnly = true)
    public AccessStatus statusOf(CurrentUser by, long personId) {
        return statusOf(by.organisationId(), personId);
    }

    /** For work that nobody signed in is doing, such as making someone's copy of their information. */
    public AccessStatus statusOf(long organisationId, long personId) {
        Optional<Membership> membership = memberships.findForPerson(organisationId, personId);
        if (membership.isPresent()) {
            Membership m = membership.get();
            return new AccessStatus(m.active() ? AccessStatus.State.ACTIVE : AccessStatus.State.DEACTIVATED,
                    m.roles(), m.email(), null);
        }
        return invitations.findPending(organisationId, personId)
                .map(i -> new AccessStatus(AccessStatus.State.INVITED, i.roles(), i.email(), i.expiresAt()))
                .orElse(new AccessStatus(AccessStatus.State.NONE, Set.of(), null, null));
    }

    /**
     * Emails the person a link to set up their sign-in. A new invitation replaces any earlier one still waiting.
     */
    public void invite(CurrentUser by, long personId, String personName, String email, Set<Role> roles) {
        requireCoordinator(by);
        if (memberships.findForPerson(by.organisationId(), personId).isPresent()) {
            throw new Refused("This person can already sign in. Change their roles instead");
        }
        accounts.findByEmail(email)
                .flatMap(account -> memberships.findForAccount(by.organisationId(), account.id()))
                .ifPresent(other -> {
                    throw new Refused("This email address is already used by " + other.displayName()
                            + " in your organisation. Each person needs their own email address to sign in");
                });
        String token = Tokens.newToken();
        invitations.withdrawPending(by.organisationId(), personId);
        invitations.create(by.organisationId(), personId, email, roles, Tokens.hash(token), by.personId(),
                Instant.now().plus(INVITATION_LIFETIME));
        mailer.send(EmailKind.ACCOUNT_INVITATION, by.organisationId(), personId, new Email(email, "You are invited to join " + by.organisationName() + " on Coproduce", """
                Hello %s,

                %s has invited you to join %s on Coproduce.

                Coproduce is where we plan our co-production work together: meetings, papers, payments, and what your ideas changed.

                To join, open this link:

                %s

                The link works for %d days.

                If you were not expecting this email, you can ignore it.
                """.formatted(personName, by.displayName(), by.organisationName(), site.of("/invitations/" + token),
                INVITATION_LIFETIME.toDays())));
    }

    public void withdrawInvitation(CurrentUser by, long personId) {
        requireCoordinator(by);
        invitations.withdrawPending(by.organisationId(), personId);
    }

    public void changeRoles(CurrentUser by, long personId, Set<Role> roles) {
        requireCoordinator(by);
        Membership membership = membershipOf(by, personId);
        boolean losesCoordinator = membership.roles().contains(Role.COORDINATOR) && !roles.contains(Role.COORDINATOR);
        if (losesCoordinator && by.isPerson(personId)) {
            throw new Refused("You cannot take away your own coordinator role. Ask another coordinator to do it");
        }
        if (losesCoordinator && membership.active() && isLastCoordinator(by)) {
            throw new Refused("Your organisation needs at least one coordinator. Give someone else the coordinator role first");
        }
        memberships.setRoles(by.organisationId(), membership.id(), roles);
        if (!by.isPerson(personId)) {
            sessions.signOutEverywhere(membership.email());
        }
    }

    public void deactivate(CurrentUser by, long personId) {
        requireCoordinator(by);
        Membership membership = membershipOf(by, personId);
        refuseToRemoveCoordinator(by, personId, membership);
        memberships.setActive(by.organisationId(), membership.id(), false);
        sessions.signOutEverywhere(membership.email());
    }

    public void reactivate(CurrentUser by, long personId) {
        requireCoordinator(by);
        memberships.setActive(by.organisationId(), membershipOf(by, personId).id(), true);
    }

    /** When a person leaves the register, they can no longer sign in and any invitation stops working. */
    public void personArchived(CurrentUser by, long personId) {
        requireCoordinator(by);
        invitations.withdrawPending(by.organisationId(), personId);
        Optional<Membership> membership = memberships.findForPerson(by.organisationId(), personId);
        if (membership.isPresent() && membership.get().active()) {
            refuseToRemoveCoordinator(by, personId, membership.get());
            memberships.setActive(by.organisationId(), membership.get().id(), false);
            sessions.signOutEverywhere(membership.get().email());
        }
    }

    /**
     * The person was erased: their sign-in to this organisation and their invitations go, and their account too when it
     * belongs to no other organisation, with any sign-in link waiting for it.
     *
     * @throws Refused when they are the organisation's last coordinator
     */
    public void personErased(long organisationId, long personId) {
        memberships.lockOrganisation(organisationId);
        invitations.deleteAll(organisationId, personId);
        Optional<Membership> found = memberships.findForPerson(organisationId, personId);
        if (found.isEmpty()) {
            return;
        }
        Membership membership = found.get();
        if (membership.roles().contains(Role.COORDINATOR) && membership.active()
                && memberships.countActiveWithRole(organisationId, Role.COORDINATOR) <= 1) {
            throw new Refused("They are your organisation's only coordinator. Give someone else the coordinator role first");
        }
        sessions.signOutEverywhere(membership.email());
        memberships.delete(organisationId, membership.id());
        accounts.deleteIfInNoOrganisation(membership.accountId());
    }

    private void refuseToRemoveCoordinator(CurrentUser by, long personId, Membership membership) {
        if (by.isPerson(personId)) {
            throw new Refused("You cannot remove your own access. Ask another coordinator to do it");
        }
        if (membership.roles().contains(Role.COORDINATOR) && membership.active() && isLastCoordinator(by)) {
            throw new Refused("Your organisation needs at least one coordinator. Give someone else the coordinator role first");
        }
    }

    private boolean isLastCoordinator(CurrentUser by) {
        return memberships.countActiveWithRole(by.organisationId(), Role.COORDINATOR) <= 1;
    }

    private Membership membershipOf(CurrentUser by, long personId) {
        return memberships.findForPerson(by.organisationId(), personId).orElseThrow(NotFoundException::new);
    }

    private void requireCoordinator(CurrentUser by) {
        if (!by.isCoordinator()) {
            throw new AccessDeniedException("Only coordinators manage who can sign in");
        }
        memberships.lockOrganisation(by.organisationId());
    }
}
