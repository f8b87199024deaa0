package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a signed-in person into one of their organisations, which is when they get that organisation's roles. */
@Component
class SigningIn {

    private final MembershipRepository memberships;
    private final SecurityContextRepository contexts;

    SigningIn(MembershipRepository memberships, SecurityContextRepository contexts) {
        this.memberships = memberships;
        this.contexts = contexts;
    }

    List<Membership> organisationsOf(long accountId) {
        return memberships.activeFor(accountId);
    }

    /** Spring Security marks an authentication made with a one-time token with this factor. */
    static boolean byEmailLink(Authentication authentication) {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            return user.signedInWithEmailLink();
        }
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> FactorGrantedAuthority.OTT_AUTHORITY.equals(authority.getAuthority()));
    }

    CurrentUser workIn(Membership membership, int organisationCount, boolean signedInWithEmailLink,
            HttpServletRequest request, HttpServletResponse response) {
        var user = new CurrentUser(
                membership.accountId(),
                membership.email(),
                membership.organisationId(),
                membership.organisationName(),
                membership.personId(),
                membership.displayName(),
                membership.roles(),
                organisationCount > 1,
                signedInWithEmailLink);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return user;
    }
}
