package org.coproduce.accounts;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByEmail(String email) {
        return jdbc.sql("select id, email, password_hash from account where lower(email) = lower(:email)")
                .param("email", email)
                .query(Account.class).optional();
    }

    Account get(long id) {
        return jdbc.sql("select id, email, password_hash from account where id = :id")
                .param("id", id)
                .query(Account.class).single();
    }

    Account create(String email, String passwordHash) {
        long id = jdbc.sql("insert into account (email, password_hash) values (:email, :hash) returning id")
                .param("email", email)
                .param("hash", passwordHash)
                .query(Long.class).single();
        return new Account(id, email, passwordHash);
    }

    void setPasswordHash(long accountId, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash where id = :id")
                .param("hash", passwordHash)
                .param("id", accountId)
                .update();
    }

    /** An account with no organisation left is deleted, with any sign-in link waiting for its email address. */
    void deleteIfInNoOrganisation(long accountId) {
        jdbc.sql("""
                        delete from one_time_tokens
                         where lower(username) = (select lower(email) from account a
                                                   where a.id = :id and not exists (select 1 from membership m where m.account_id = a.id))
                        """)
                .param("id", accountId).update();
        jdbc.sql("delete from account a where a.id = :id and not exists (select 1 from membership m where m.account_id = a.id)")
                .param("id", accountId).update();
    }
}
