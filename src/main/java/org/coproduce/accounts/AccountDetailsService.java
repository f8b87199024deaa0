package org.coproduce.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;

    AccountDetailsService(AccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email == null ? "" : email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return new AccountDetails(account.id(), account.email(), account.passwordHash(), throttle.isLocked(account.email()));
    }
}
