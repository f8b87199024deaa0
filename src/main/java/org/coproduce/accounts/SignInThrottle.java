package org.coproduce.accounts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, in two ways. After too many wrong passwords for one email address in a short time,
 * password sign-in for that address stops for a while. It counts addresses with no account too, so that the answer
 * never reveals who has one. And after many more wrong passwords from one client (its internet address), whatever
 * email addresses they were for, password sign-in from there stops for a while: trying a few passwords on each of
 * many addresses is slowed too. Sign-in by emailed link still works.
 */
@Component
class SignInThrottle {

    /** What stopped password sign-in, and until when. */
    record Lock(Reason reason, Instant until) {
    }

    enum Reason { EMAIL_ADDRESS, CLIENT }

    /** The two counts kept, each in its own table with the same columns. */
    private enum Counter {
        EMAIL_ADDRESS("sign_in_throttle", "email_key"),
        CLIENT("sign_in_client_throttle", "client_key");

        final String table;
        final String key;

        Counter(String table, String key) {
            this.table = table;
            this.key = key;
        }
    }

    /** Only what an IPv6 address is written with, so that looking it up never asks the DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final int maxFailuresPerClient;
    private final Duration window;
    private final Duration lockout;

    SignInThrottle(JdbcClient jdbc,
            @Value("${coproduce.sign-in.max-failures:5}") int maxFailures,
            @Value("${coproduce.sign-in.max-failures-per-client:50}") int maxFailuresPerClient,
            @Value("${coproduce.sign-in.failure-window:15m}") Duration window,
            @Value("${coproduce.sign-in.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.maxFailuresPerClient = maxFailuresPerClient;
        this.window = window;
        this.lockout = lockout;
    }

    /**
     * Counts a password attempt before it is checked, atomically, and says whether it may be checked now. A burst of
     * guesses sent at once cannot all get in before the lock. Signing in successfully takes the attempt back.
     */
    boolean attempt(String email, String client) {
        forgetOld();
        count(Counter.EMAIL_ADDRESS, key(email), maxFailures);
        count(Counter.CLIENT, clientKey(client), maxFailuresPerClient);
        return lockOn(email, client).isEmpty();
    }

    /** Why password sign-in is stopped for this email address from this client, if it is. The client's lock comes first. */
    Optional<Lock> lockOn(String email, String client) {
        return lockedUntil(Counter.CLIENT, clientKey(client)).map(until -> new Lock(Reason.CLIENT, until))
                .or(() -> lockedUntil(Counter.EMAIL_ADDRESS, key(email)).map(until -> new Lock(Reason.EMAIL_ADDRESS, until)));
    }

    /** The address's count starts again; the client's loses only this sign-in's attempt, as it may be shared. */
    void recordSuccess(String email, String client) {
        jdbc.sql("delete from sign_in_throttle where email_key = :key").param("key", key(email)).update();
        jdbc.sql("update sign_in_client_throttle set failures = failures - 1 where client_key = :key and failures > 0")
                .param("key", clientKey(client))
                .update();
    }

    private Optional<Instant> lockedUntil(Counter counter, String key) {
        return jdbc.sql("select locked_until from %s where %s = :key and locked_until > now()".formatted(counter.table, counter.key))
                .param("key", key)
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    private void count(Counter counter, String key, int max) {
        jdbc.sql("""
                        insert into %1$s as t (%2$s, failures, first_failure_at)
                        values (:key, 1, now())
                        on conflict (%2$s) do update set
                            failures = case when t.first_failure_at < now() - make_interval(secs => :window) then 1
                                            else t.failures + 1 end,
                            first_failure_at = case when t.first_failure_at < now() - make_interval(secs => :window) then now()
                                                    else t.first_failure_at end""".formatted(counter.table, counter.key))
                .param("key", key)
                .param("window", window.toSeconds())
                .update();
        jdbc.sql("""
                        update %1$s set locked_until = now() + make_interval(secs => :lockout)
                        where %2$s = :key and failures >= :max and (locked_until is null or locked_until < now())"""
                        .formatted(counter.table, counter.key))
                .param("key", key)
                .param("lockout", lockout.toSeconds())
                .param("max", max)
                .update();
    }

    /**
     * Deletes counts that can no longer lock anything: a lock is set at most a window after the first failure, and
     * lasts one lockout. Indexed by the first failure, so each call only touches rows that are due to go.
     */
    private void forgetOld() {
        for (Counter counter : Counter.values()) {
            jdbc.sql("delete from %s where first_failure_at < now() - make_interval(secs => :kept)".formatted(counter.table))
                    .param("kept", window.plus(lockout).toSeconds())
                    .update();
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The client's internet address. For IPv6, its network (the first half of the address), since one home or phone
     * is usually given a whole network of addresses to choose from.
     */
    static String clientKey(String address) {
        if (address == null || !address.contains(":") || !IPV6.matcher(address).matches()) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
