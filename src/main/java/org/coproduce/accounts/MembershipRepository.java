package org.coproduce.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MembershipRepository {

    private static final String SELECT = """
            select m.id, m.organisation_id, o.name as organisation_name, m.account_id, a.email, m.person_id,
                   coalesce(p.known_as, p.full_name) as display_name, m.active,
                   coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from membership m
            join organisation o on o.id = m.organisation_id
            join account a on a.id = m.account_id
            join person p on p.id = m.person_id and p.organisation_id = m.organisation_id
            left join membership_role r on r.membership_id = m.id
            """;
    private static final String GROUP = " group by m.id, o.name, a.email, p.known_as, p.full_name";

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisations an account may work in now: active memberships of people not archived. */
    List<Membership> activeFor(long accountId) {
        return jdbc.sql(SELECT + " where m.account_id = :accountId and m.active and p.archived_at is null" + GROUP
                        + " order by o.name")
                .param("accountId", accountId)
                .query(MembershipRepository::map).list();
    }

    Optional<Membership> findForPerson(long organisationId, long personId) {
        return jdbc.sql(SELECT + " where m.organisation_id = :organisationId and m.person_id = :personId" + GROUP)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(MembershipRepository::map).optional();
    }

    Optional<Membership> findForAccount(long organisationId, long accountId) {
        return jdbc.sql(SELECT + " where m.organisation_id = :organisationId and m.account_id = :accountId" + GROUP)
                .param("organisationId", organisationId)
                .param("accountId", accountId)
                .query(MembershipRepository::map).optional();
    }

    long create(long organisationId, long accountId, long personId, Set<Role> roles) {
        long id = jdbc.sql("""
                        insert into membership (organisation_id, account_id, person_id)
                        values (:organisationId, :accountId, :personId)
                        returning id""")
                .param("organisationId", organisationId)
                .param("accountId", accountId)
                .param("personId", personId)
                .query(Long.class).single();
        insertRoles(organisationId, id, roles);
        return id;
    }

    void setRoles(long organisationId, long membershipId, Set<Role> roles) {
        jdbc.sql("delete from membership_role where organisation_id = :organisationId and membership_id = :id")
                .param("organisationId", organisationId)
                .param("id", membershipId)
                .update();
        insertRoles(organisationId, membershipId, roles);
        touch(organisationId, membershipId);
    }

    void setActive(long organisationId, long membershipId, boolean active) {
        jdbc.sql("""
                        update membership set active = :active, changed_at = now()
                        where organisation_id = :organisationId and id = :id""")
                .param("active", active)
                .param("organisationId", organisationId)
                .param("id", membershipId)
                .update();
    }

    /** Serialises changes to who can sign in to an organisation, so that two coordinators cannot remove each other at once. */
    void lockOrganisation(long organisationId) {
        jdbc.sql("select id from organisation where id = :organisationId for update")
                .param("organisationId", organisationId)
                .query(Long.class).single();
    }

    int countActiveWithRole(long organisationId, Role role) {
        return jdbc.sql("""
                        select count(*) from membership m
                        join membership_role r on r.membership_id = m.id
                        join person p on p.id = m.person_id
                        where m.organisation_id = :organisationId and m.active and p.archived_at is null and r.role = :role""")
                .param("organisationId", organisationId)
                .param("role", role.name())
                .query(Integer.class).single();
    }

    private void insertRoles(long organisationId, long membershipId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into membership_role (membership_id, organisation_id, role) values (:id, :organisationId, :role)")
                    .param("id", membershipId)
                    .param("organisationId", organisationId)
                    .param("role", role.name())
                    .update();
        }
    }

    private void touch(long organisationId, long membershipId) {
        jdbc.sql("update membership set changed_at = now() where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", membershipId)
                .update();
    }

    private static Membership map(ResultSet rs, int row) throws SQLException {
        return new Membership(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("organisation_name"),
                rs.getLong("account_id"),
                rs.getString("email"),
                rs.getLong("person_id"),
                rs.getString("display_name"),
                rs.getBoolean("active"),
                roles(rs.getString("roles")));
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(joined.split(",")).filter(name -> !name.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    void delete(long organisationId, long membershipId) {
        jdbc.sql("delete from membership where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId).param("id", membershipId).update();
    }
}
