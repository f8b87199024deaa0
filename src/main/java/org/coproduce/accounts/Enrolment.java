package org.coproduce.accounts;

import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a person in the register sign-in access straight away, without an emailed invitation: for setting up a new
 * installation's first coordinator, and for demo data. Everyone else is invited by a coordinator.
 */
@Service
@Transactional
public class Enrolment {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;

    Enrolment(AccountRepository accounts, MembershipRepository memberships, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.passwords = passwords;
    }

    /**
     * @param password null for someone who signs in with emailed links only; an existing account keeps its password
     * @return the account they sign in with
     */
    public long enrol(long organisationId, long personId, String email, String password, Set<Role> roles) {
        Account account = accounts.findByEmail(email)
                .orElseGet(() -> accounts.create(email, password == null ? null : passwords.encode(password)));
        memberships.create(organisationId, account.id(), personId, roles);
        return account.id();
    }
}
