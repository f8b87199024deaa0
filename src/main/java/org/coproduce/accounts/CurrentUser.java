package org.coproduce.accounts;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.coproduce.web.SignedInUser;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in, and in which organisation they are working. Every query about an organisation's data
 * takes its organisation from here, never from the request.
 *
 * @param signedInWithEmailLinkAt when they proved they own their email address by opening a link sent to it, or null;
 *                                for a short while after, that is as good as a password reset link
 */
public record CurrentUser(
        long accountId,
        String email,
        long organisationId,
        String organisationName,
        long personId,
        String displayName,
        Set<Role> roles,
        boolean worksInSeveralOrganisations,
        Instant signedInWithEmailLinkAt) implements SignedInUser, AuthenticatedPrincipal, Serializable {

    /** Held by everyone signed in to an organisation, whatever their roles. */
    public static final String MEMBER = "MEMBER";

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return has(Role.COORDINATOR);
    }

    /** Whether they opened an emailed sign-in link in the last 15 minutes. */
    public boolean recentlyProvedTheirEmail(Instant now) {
        return signedInWithEmailLinkAt != null && signedInWithEmailLinkAt.isAfter(now.minus(Duration.ofMinutes(15)));
    }

    public boolean isPerson(long id) {
        return personId == id;
    }

    @Override
    public String getName() {
        return email;
    }

    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(MEMBER));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authorities;
    }
}
