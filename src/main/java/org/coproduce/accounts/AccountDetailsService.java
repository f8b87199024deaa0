package org.coproduce.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;

    AccountDetailsService(AccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /**
     * Called before every password check (and before an emailed link is accepted). For passwords, the attempt is
     * counted here, first; signing in successfully takes it back.
     */
    @Override
    public UserDetails loadUserByUsername(String email) {
        String address = email == null ? "" : email.trim();
        boolean allowed = address.isEmpty() || throttle.attempt(address, client());
        Account account = accounts.findByEmail(address).orElseThrow(() -> new UsernameNotFoundException("No account"));
        return new AccountDetails(account.id(), account.email(), account.passwordHash(), !allowed);
    }

    /** Spring Security asks for the account by address alone; the request it came with is the current one. */
    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : null;
    }
}
