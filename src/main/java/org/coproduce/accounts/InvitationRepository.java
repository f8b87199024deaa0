package org.coproduce.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private static final String SELECT = """
            select i.id, i.organisation_id, o.name as organisation_name, i.person_id,
                   coalesce(p.known_as, p.full_name) as person_name, i.email, i.roles, i.expires_at
            from invitation i
            join organisation o on o.id = i.organisation_id
            join person p on p.id = i.person_id and p.organisation_id = i.organisation_id
            """;

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(long organisationId, long personId, String email, Set<Role> roles, String tokenHash,
            long invitedBy, Instant expiresAt) {
        jdbc.sql("""
                        insert into invitation (organisation_id, person_id, email, roles, token_hash, invited_by_person_id, expires_at)
                        values (:organisationId, :personId, :email, :roles, :tokenHash, :invitedBy, :expiresAt)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("email", email)
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("tokenHash", tokenHash)
                .param("invitedBy", invitedBy)
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /** An invitation that can still be used: not accepted, not withdrawn, not expired, for someone not archived. */
    Optional<Invitation> findUsable(String tokenHash) {
        return jdbc.sql(SELECT + """
                         where i.token_hash = :tokenHash and i.accepted_at is null and i.withdrawn_at is null
                           and i.expires_at > now() and p.archived_at is null""")
                .param("tokenHash", tokenHash)
                .query(InvitationRepository::map).optional();
    }

    Optional<Invitation> findPending(long organisationId, long personId) {
        return jdbc.sql(SELECT + """
                         where i.organisation_id = :organisationId and i.person_id = :personId
                           and i.accepted_at is null and i.withdrawn_at is null and i.expires_at > now()
                         order by i.created_at desc limit 1""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(InvitationRepository::map).optional();
    }

    /** Marks it used; false when someone else used it first (a double click, say). */
    boolean accept(long invitationId) {
        return jdbc.sql("update invitation set accepted_at = now() where id = :id and accepted_at is null")
                .param("id", invitationId)
                .update() == 1;
    }

    void withdrawPending(long organisationId, long personId) {
        jdbc.sql("""
                        update invitation set withdrawn_at = now()
                        where organisation_id = :organisationId and person_id = :personId
                          and accepted_at is null and withdrawn_at is null""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .update();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return new Invitation(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("email"), roles,
                rs.getTimestamp("expires_at").toInstant());
    }

    void deleteAll(long organisationId, long personId) {
        jdbc.sql("delete from invitation where organisation_id = :organisationId and person_id = :personId")
                .param("organisationId", organisationId).param("personId", personId).update();
    }
}
