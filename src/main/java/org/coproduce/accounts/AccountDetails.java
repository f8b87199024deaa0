package org.coproduce.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account between proving who it is and choosing an organisation to work in. It holds no organisation roles,
 * so it can open nothing but the page to choose one.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

    static final String CHOOSING = "CHOOSING_ORGANISATION";

    private final long accountId;
    private final String email;
    private String passwordHash;
    private final boolean locked;

    AccountDetails(long accountId, String email, String passwordHash, boolean locked) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    long accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(CHOOSING));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
