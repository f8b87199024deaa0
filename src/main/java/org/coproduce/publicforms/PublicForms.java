package org.coproduce.publicforms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps junk out of forms anyone can send, without a puzzle or a third-party service that shuts out disabled people.
 * Three checks: a hidden field only robots fill in, a signed time stamp that shows the form was not sent back within a
 * few seconds, and a limit on forms from one address in an hour. A real person who trips the time check is asked to
 * press send again, with everything they typed kept: never silently dropped.
 *
 * <p>To use it in a public form: put {@code @template.publicforms.spamGuard(stamp = publicForms.stamp())} inside the
 * form, call {@link #check} first when it comes back, and {@link #count} once it is accepted. Give several app
 * servers the same {@code coproduce.public-forms.secret} so that a form from one is accepted by another.
 */
@Component
public class PublicForms {

    /** The hidden field. People never see it; robots that fill in every field do. */
    public static final String HONEYPOT = "website";
    /** The signed time the form was shown. */
    public static final String STAMP = "formShownAt";

    /** What to do with a form sent back, in the order the checks run. */
    public enum Verdict {
        /** A robot filled in the hidden field: thank it as usual, and keep nothing. */
        ROBOT,
        /** Too many forms from this address in the last hour: refuse with HTTP 429 and another way to get in touch. */
        TOO_MANY,
        /** Sent back too quickly, or without a good stamp: show the form again, as typed, and ask them to send it again. */
        SEND_AGAIN,
        /** Looks like a person: go on to check what they wrote. */
        PERSON
    }

    static final Duration QUICKEST = Duration.ofSeconds(3);
    /** Long enough for someone to write with breaks; older forms are sent again with a fresh stamp. */
    static final Duration OLDEST = Duration.ofDays(1);
    /** The default: enough for a family sharing one connection, few enough to stop a flood. */
    public static final int MOST_IN_AN_HOUR = 5;
    static final Duration KEPT_FOR = Duration.ofDays(2);

    private final JdbcClient jdbc;
    private final byte[] secret;
    private final int mostInAnHour;
    private final Clock clock = Clock.systemUTC();

    /**
     * @param mostInAnHour how many of one form one address may send in an hour: raise it where many people share a
     *                     connection, such as a day centre's wifi
     */
    PublicForms(JdbcClient jdbc, @Value("${coproduce.public-forms.secret:}") String configured,
            @Value("${coproduce.public-forms.most-per-hour:" + MOST_IN_AN_HOUR + "}") int mostInAnHour) {
        this.jdbc = jdbc;
        this.mostInAnHour = Math.max(1, mostInAnHour);
        this.secret = configured.isBlank() ? randomSecret() : configured.getBytes(StandardCharsets.UTF_8);
    }

    /** A time stamp for a form shown now, signed so that it cannot be made up. */
    public String stamp() {
        return stamp(clock.instant());
    }

    /** A stamp for a form shown at another moment: for tests of forms sent back later, and of robots' quick ones. */
    public String stamp(Instant shownAt) {
        String time = Long.toString(shownAt.toEpochMilli());
        return time + "." + sign(time);
    }

    /**
     * The stamp for a form shown again with errors: the one it came with when that passed the time check, so that
     * someone correcting one answer quickly is not taken for a robot; a fresh one otherwise.
     */
    public String restamp(HttpServletRequest request, Verdict verdict) {
        return verdict == Verdict.PERSON ? request.getParameter(STAMP) : stamp();
    }

    /** Runs the checks on a form sent back from a public page of an organisation. Deletes rows over two days old. */
    public Verdict check(HttpServletRequest request, long organisationId, String form) {
        if (isFilledIn(request.getParameter(HONEYPOT))) {
            return Verdict.ROBOT;
        }
        if (tooMany(organisationId, form, request.getRemoteAddr())) {
            return Verdict.TOO_MANY;
        }
        return looksHuman(request.getParameter(STAMP)) ? Verdict.PERSON : Verdict.SEND_AGAIN;
    }

    /** Counts a form against its address's hourly limit. Call it for every form accepted, and for robots. */
    public void count(HttpServletRequest request, long organisationId, String form) {
        jdbc.sql("""
                        insert into public_submission (organisation_id, address_hash, form, submitted_at)
                        values (:organisationId, :address, :form, :at)""")
                .param("organisationId", organisationId)
                .param("address", hash(request.getRemoteAddr()))
                .param("form", form)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private boolean tooMany(long organisationId, String form, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from public_submission where submitted_at < :oldest")
                .param("oldest", java.sql.Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        int lastHour = jdbc.sql("""
                        select count(*) from public_submission
                        where organisation_id = :organisationId and form = :form and address_hash = :address
                          and submitted_at > :since""")
                .param("organisationId", organisationId)
                .param("form", form)
                .param("address", hash(address))
                .param("since", java.sql.Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Integer.class).single();
        return lastHour >= mostInAnHour;
    }

    private boolean looksHuman(String stamp) {
        if (stamp == null) {
            return false;
        }
        int dot = stamp.indexOf('.');
        if (dot < 1) {
            return false;
        }
        String time = stamp.substring(0, dot);
        byte[] expected = sign(time).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return false;
        }
        Instant shownAt;
        try {
            shownAt = Instant.ofEpochMilli(Long.parseLong(time));
        } catch (NumberFormatException e) {
            return false;
        }
        Duration taken = Duration.between(shownAt, clock.instant());
        return taken.compareTo(QUICKEST) >= 0 && taken.compareTo(OLDEST) <= 0;
    }

    private static boolean isFilledIn(String value) {
        return value != null && !value.isEmpty();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address as a salted hash: enough to count forms from it, without keeping where anyone was. */
    private String hash(String address) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            return HexFormat.of().formatHex(sha.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
