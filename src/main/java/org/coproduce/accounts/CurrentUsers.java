package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Keeps the signed-in user's details up to date after they change them, without signing them in again. */
@Component
public class CurrentUsers {

    private final MembershipRepository memberships;
    private final SigningIn signingIn;

    CurrentUsers(MembershipRepository memberships, SigningIn signingIn) {
        this.memberships = memberships;
        this.signingIn = signingIn;
    }

    /** Reads the user's name and roles again, for example after they change the name they like to be called. */
    public void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        memberships.findForAccount(user.organisationId(), user.accountId())
                .filter(Membership::active)
                .ifPresent(membership -> signingIn.workIn(membership,
                        user.worksInSeveralOrganisations() ? 2 : 1, user.signedInWithEmailLinkAt(), request, response));
    }
}
