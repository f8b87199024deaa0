package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
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

    /** When the person opened an emailed link to sign in (Spring Security marks it as a factor), or null. */
    static Instant emailLinkUsedAt(Authentication authentication) {
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            return user.signedInWithEmailLinkAt();
        }
        return authentication.getAuthorities().stream()
                .filter(authority -> FactorGrantedAuthority.OTT_AUTHORITY.equals(authority.getAuthority()))
                .findFirst()
                .map(authority -> authority instanceof FactorGrantedAuthority factor ? factor.getIssuedAt() : Instant.now())
                .orElse(null);
    }

    CurrentUser workIn(Membership membership, int organisationCount, Instant signedInWithEmailLinkAt,
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
                signedInWithEmailLinkAt);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return user;
    }
}
