package org.coproduce.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations to sessions and their replies. (Not "InvitationRepository": accounts has a bean of that name.) */
@Repository
class SessionInvitationRepository {

    private static final String SELECT = """
            select i.id, i.person_id, coalesce(p.known_as, p.full_name) as name, p.email, i.invited_at,
                   i.email_sent_at, i.email_failed, i.reply, i.replied_at, i.consent_to_record
            from session_invitation i
            join person p on p.id = i.person_id and p.organisation_id = i.organisation_id
            """;

    private final JdbcClient jdbc;

    SessionInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Invitation> forSession(long organisationId, long sessionId) {
        return jdbc.sql(SELECT + " where i.organisation_id = :organisationId and i.session_id = :sessionId order by lower(p.full_name)")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .query(SessionInvitationRepository::map).list();
    }

    Optional<Invitation> find(long organisationId, long sessionId, long personId) {
        return jdbc.sql(SELECT + " where i.organisation_id = :organisationId and i.session_id = :sessionId and i.person_id = :personId")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("personId", personId)
                .query(SessionInvitationRepository::map).optional();
    }

    /** The organisation and session of an invitation found by the token in one of its emails; the token is the only key. */
    Optional<TokenOwner> byToken(String token) {
        return jdbc.sql("""
                        select i.organisation_id, i.session_id, i.person_id from session_reply_token t
                        join session_invitation i on i.id = t.invitation_id and i.organisation_id = t.organisation_id
                        where t.token_hash = :hash""")
                .param("hash", Tokens.hash(token))
                .query((rs, row) -> new TokenOwner(rs.getLong("organisation_id"), rs.getLong("session_id"), rs.getLong("person_id")))
                .optional();
    }

    /**
     * A new token for a link in an email about the invitation. Only its hash is kept, so each email gets its own, and
     * the links in earlier emails keep working.
     */
    String newReplyToken(long organisationId, long invitationId) {
        String token = Tokens.newToken();
        jdbc.sql("""
                        insert into session_reply_token (token_hash, organisation_id, invitation_id)
                        values (:hash, :organisationId, :invitationId)""")
                .param("hash", Tokens.hash(token))
                .param("organisationId", organisationId)
                .param("invitationId", invitationId)
                .update();
        return token;
    }

    record TokenOwner(long organisationId, long sessionId, long personId) {
    }

    /** Adds the invitation unless the person is already invited; says whether it was added. */
    boolean add(long organisationId, long sessionId, long personId) {
        return jdbc.sql("""
                        insert into session_invitation (organisation_id, session_id, person_id)
                        values (:organisationId, :sessionId, :personId)
                        on conflict (session_id, person_id) do nothing""")
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("personId", personId)
                .update() == 1;
    }

    void emailSent(long organisationId, long invitationId) {
        jdbc.sql("update session_invitation set email_sent_at = now(), email_failed = null where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", invitationId)
                .update();
    }

    void emailFailed(long organisationId, long invitationId, String why) {
        jdbc.sql("update session_invitation set email_failed = :why where organisation_id = :organisationId and id = :id")
                .param("why", why)
                .param("organisationId", organisationId)
                .param("id", invitationId)
                .update();
    }

    void reply(long organisationId, long sessionId, long personId, Reply reply, String consentToRecord) {
        jdbc.sql("""
                        update session_invitation set reply = :reply, replied_at = now(),
                               consent_to_record = coalesce(:consent, consent_to_record)
                        where organisation_id = :organisationId and session_id = :sessionId and person_id = :personId""")
                .param("reply", reply.name())
                .param("consent", consentToRecord)
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("personId", personId)
                .update();
    }

    /** Claims the reminder for an invitation, so that two servers never both send it; true for the one that may. */
    boolean claimReminder(long organisationId, long invitationId) {
        return jdbc.sql("""
                        update session_invitation set reminded_at = now()
                        where organisation_id = :organisationId and id = :id and reminded_at is null""")
                .param("organisationId", organisationId)
                .param("id", invitationId)
                .update() == 1;
    }

    /** Invitations of people coming or maybe coming to sessions that start in the window, not yet reminded. */
    List<Due> dueForReminder(Instant from, Instant to) {
        return jdbc.sql("""
                        select i.organisation_id, i.session_id, i.person_id, i.id from session_invitation i
                        join coproduction_session s on s.id = i.session_id and s.organisation_id = i.organisation_id
                        where s.starts_at >= :from and s.starts_at < :to and i.reply in ('YES', 'MAYBE') and i.reminded_at is null
                        order by s.starts_at""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new Due(rs.getLong("organisation_id"), rs.getLong("session_id"), rs.getLong("person_id"), rs.getLong("id")))
                .list();
    }

    record Due(long organisationId, long sessionId, long personId, long invitationId) {
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        String reply = rs.getString("reply");
        Timestamp sent = rs.getTimestamp("email_sent_at");
        Timestamp replied = rs.getTimestamp("replied_at");
        return new Invitation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"), rs.getString("email"),
                rs.getTimestamp("invited_at").toInstant(), sent == null ? null : sent.toInstant(),
                rs.getString("email_failed"), reply == null ? null : Reply.valueOf(reply), replied == null ? null : replied.toInstant(),
                rs.getString("consent_to_record"));
    }
}
