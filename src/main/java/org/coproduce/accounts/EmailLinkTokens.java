package org.coproduce.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;

/**
 * The tokens in emailed sign-in links. Spring Security's own store keeps them as given; this one keeps only their hash,
 * so that a copy of the database cannot be used to sign in. Each works once, until it expires.
 */
class EmailLinkTokens implements OneTimeTokenService {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    EmailLinkTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Also deletes expired tokens, which nothing else would. */
    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        Instant now = clock.instant();
        jdbc.sql("delete from one_time_tokens where expires_at < :now").param("now", Timestamp.from(now)).update();
        String token = Tokens.newToken();
        Instant expiresAt = now.plus(request.getExpiresIn());
        jdbc.sql("insert into one_time_tokens (token_hash, username, expires_at) values (:hash, :username, :expiresAt)")
                .param("hash", Tokens.hash(token))
                .param("username", request.getUsername())
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
        return new DefaultOneTimeToken(token, request.getUsername(), expiresAt);
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authentication) {
        String token = authentication.getTokenValue();
        if (token == null || token.isEmpty()) {
            return null;
        }
        return jdbc.sql("delete from one_time_tokens where token_hash = :hash returning username, expires_at")
                .param("hash", Tokens.hash(token))
                .query((rs, row) -> new DefaultOneTimeToken(token, rs.getString("username"), rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .filter(used -> clock.instant().isBefore(used.getExpiresAt()))
                .orElse(null);
    }
}
