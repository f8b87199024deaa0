package org.coproduce.accounts;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after too many wrong passwords for one email address in a short time,
 * password sign-in for that address stops for a while. It counts addresses with no account too,
 * so that the answer never reveals who has one. Sign-in by emailed link still works.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;

    SignInThrottle(JdbcClient jdbc,
            @Value("${coproduce.sign-in.max-failures:5}") int maxFailures,
            @Value("${coproduce.sign-in.failure-window:15m}") Duration window,
            @Value("${coproduce.sign-in.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }

    /**
     * Counts a password attempt before it is checked, atomically, and says whether the address may try now.
     * A burst of guesses sent at once cannot all get in before the lock.
     */
    boolean attempt(String email) {
        recordFailure(email);
        return !isLocked(email);
    }

    boolean isLocked(String email) {
        return jdbc.sql("select exists (select 1 from sign_in_throttle where email_key = :key and locked_until > now())")
                .param("key", key(email))
                .query(Boolean.class).single();
    }

    void recordFailure(String email) {
        jdbc.sql("""
                        insert into sign_in_throttle as t (email_key, failures, first_failure_at)
                        values (:key, 1, now())
                        on conflict (email_key) do update set
                            failures = case when t.first_failure_at < now() - make_interval(secs => :window) then 1
                                            else t.failures + 1 end,
                            first_failure_at = case when t.first_failure_at < now() - make_interval(secs => :window) then now()
                                                    else t.first_failure_at end""")
                .param("key", key(email))
                .param("window", window.toSeconds())
                .update();
        jdbc.sql("""
                        update sign_in_throttle set locked_until = now() + make_interval(secs => :lockout)
                        where email_key = :key and failures >= :max and (locked_until is null or locked_until < now())""")
                .param("key", key(email))
                .param("lockout", lockout.toSeconds())
                .param("max", maxFailures)
                .update();
    }

    void recordSuccess(String email) {
        jdbc.sql("delete from sign_in_throttle where email_key = :key").param("key", key(email)).update();
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
