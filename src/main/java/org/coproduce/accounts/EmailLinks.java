package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.notifications.Email;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.web.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Emails a one-time sign-in link, for people who find passwords hard. The page that follows says the same thing
 * whether or not the address has an account, and the email is sent in the background so that the time taken does not
 * say it either: nobody can use this page to find out who is registered.
 */
@Component
class EmailLinks implements OneTimeTokenGenerationSuccessHandler {

    static final Duration LINK_LIFETIME = Duration.ofMinutes(15);
    static final String SENT_TO = EmailLinks.class.getName() + ".sentTo";
    /** Set when no more links can be sent to the address for now: the time the next one can be asked for. */
    static final String NEXT_LINK_AFTER = EmailLinks.class.getName() + ".nextLinkAfter";
    private static final Logger log = LoggerFactory.getLogger(EmailLinks.class);

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final Mailer mailer;
    private final TaskExecutor background;
    private final JdbcClient jdbc;
    private final SiteAddress site;
    private final int maxPerHour;

    EmailLinks(AccountRepository accounts, MembershipRepository memberships, Mailer mailer,
            @Qualifier("applicationTaskExecutor") TaskExecutor background, JdbcClient jdbc,
            SiteAddress site,
            @Value("${coproduce.sign-in.email-links-per-hour:5}") int maxPerHour) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.mailer = mailer;
        this.background = background;
        this.jdbc = jdbc;
        this.site = site;
        this.maxPerHour = maxPerHour;
    }

    int mostInAnHour() {
        return maxPerHour;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token) throws IOException {
        String email = token.getUsername().trim();
        Optional<Instant> tooSoon = tooSoonUntil(email);
        request.getSession().setAttribute(SENT_TO, email);
        request.getSession().setAttribute(NEXT_LINK_AFTER, tooSoon.orElse(null));
        if (tooSoon.isEmpty()) {
            accounts.findByEmail(email)
                    .filter(account -> !memberships.activeFor(account.id()).isEmpty())
                    .ifPresent(account -> background.execute(() -> send(account.email(), token.getTokenValue())));
        }
        response.sendRedirect("/sign-in/email-link/sent");
    }

    /**
     * Counts a request for a link to this address, or says when the next may be asked for. Addresses without an
     * account are counted the same way, so that the limit says nothing about who has one.
     */
    private Optional<Instant> tooSoonUntil(String email) {
        String key = email.toLowerCase(Locale.ROOT);
        jdbc.sql("delete from email_link_request where requested_at < now() - interval '1 hour'").update();
        List<Instant> lastHour = jdbc.sql("""
                        select requested_at from email_link_request
                        where email_key = :key and requested_at > now() - interval '1 hour'
                        order by requested_at desc limit :most""")
                .param("key", key)
                .param("most", maxPerHour)
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
        if (lastHour.size() >= maxPerHour) {
            log.warn("Not sending another sign-in link: {} links already asked for one address this hour", lastHour.size());
            return Optional.of(lastHour.get(maxPerHour - 1).plus(Duration.ofHours(1)));
        }
        jdbc.sql("insert into email_link_request (email_key) values (:key)").param("key", key).update();
        return Optional.empty();
    }

    private void send(String email, String token) {
        String link = site.of("/login/ott?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        mailer.send(EmailKind.SIGN_IN_LINK, null, null, new Email(email, "Your link to sign in to Coproduce", """
                Hello,

                Open this link to sign in to Coproduce:

                %s

                The link works once, for %d minutes.

                If you did not ask for this email, you can ignore it. Nobody can sign in without this link.
                """.formatted(link, LINK_LIFETIME.toMinutes())));
    }
}
