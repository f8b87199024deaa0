package org.coproduce.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class GroupRepository {

    private static final String SELECT = """
            select g.id, g.kind, g.name, g.purpose, g.meets, g.lived_experience_target, g.reports_to_group_id,
                   r.name as reports_to_name, g.quorum_lived_experience
            from coproduction_group g
            left join coproduction_group r on r.id = g.reports_to_group_id and r.organisation_id = g.organisation_id
            """;

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> all(long organisationId) {
        return jdbc.sql(SELECT + " where g.organisation_id = :organisationId and g.archived_at is null order by g.kind, lower(g.name)")
                .param("organisationId", organisationId)
                .query(GroupRepository::map).list();
    }

    Optional<Group> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where g.organisation_id = :organisationId and g.id = :id and g.archived_at is null")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(GroupRepository::map).optional();
    }

    boolean nameTaken(long organisationId, String name, Long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from coproduction_group
                                       where organisation_id = :organisationId and lower(name) = lower(:name)
                                         and archived_at is null and (cast(:exceptId as bigint) is null or id <> :exceptId))""")
                .param("organisationId", organisationId)
                .param("name", name)
                .param("exceptId", exceptId)
                .query(Boolean.class).single();
    }

    long create(long organisationId, GroupDetails details) {
        return jdbc.sql("""
                        insert into coproduction_group (organisation_id, kind, name, purpose, meets, lived_experience_target,
                                                        reports_to_group_id, quorum_lived_experience)
                        values (:organisationId, :kind, :name, :purpose, :meets, :target, :reportsTo, :quorum)
                        returning id""")
                .param("organisationId", organisationId)
                .params(parameters(details))
                .query(Long.class).single();
    }

    void update(long organisationId, long id, GroupDetails details) {
        jdbc.sql("""
                        update coproduction_group set kind = :kind, name = :name, purpose = :purpose, meets = :meets,
                               lived_experience_target = :target, reports_to_group_id = :reportsTo, quorum_lived_experience = :quorum
                        where organisation_id = :organisationId and id = :id""")
                .param("organisationId", organisationId)
                .param("id", id)
                .params(parameters(details))
                .update();
    }

    /** The groups a group's decisions pass through, nearest first: used to stop a group reporting to itself in a loop. */
    List<Long> reportingChain(long organisationId, long fromGroupId) {
        return jdbc.sql("""
                        with recursive chain (id, depth) as (
                            select reports_to_group_id, 1 from coproduction_group
                            where organisation_id = :organisationId and id = :id and reports_to_group_id is not null
                            union all
                            select g.reports_to_group_id, c.depth + 1 from coproduction_group g
                            join chain c on g.id = c.id
                            where g.organisation_id = :organisationId and g.reports_to_group_id is not null and c.depth < 50
                        )
                        select id from chain order by depth""")
                .param("organisationId", organisationId)
                .param("id", fromGroupId)
                .query(Long.class).list();
    }

    List<TermsVersion> terms(long organisationId, long groupId) {
        return jdbc.sql("""
                        select t.version, t.text, coalesce(p.known_as, p.full_name) as written_by, t.created_at
                        from group_terms_version t
                        join person p on p.id = t.written_by_person_id
                        where t.organisation_id = :organisationId and t.group_id = :groupId
                        order by t.version desc""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query((rs, row) -> new TermsVersion(rs.getInt("version"), rs.getString("text"), rs.getString("written_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    int addTerms(long organisationId, long groupId, String text, long writtenBy) {
        return jdbc.sql("""
                        insert into group_terms_version (organisation_id, group_id, version, text, written_by_person_id)
                        values (:organisationId, :groupId,
                                (select coalesce(max(version), 0) + 1 from group_terms_version where group_id = :groupId),
                                :text, :writtenBy)
                        returning version""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .param("text", text)
                .param("writtenBy", writtenBy)
                .query(Integer.class).single();
    }

    private static java.util.Map<String, Object> parameters(GroupDetails details) {
        var map = new java.util.HashMap<String, Object>();
        map.put("kind", details.kind().name());
        map.put("name", details.name());
        map.put("purpose", details.purpose());
        map.put("meets", details.meets().name());
        map.put("target", details.target());
        map.put("reportsTo", details.reportsTo());
        map.put("quorum", details.quorum());
        return map;
    }

    private static Group map(ResultSet rs, int row) throws SQLException {
        return new Group(
                rs.getLong("id"),
                GroupKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("purpose"),
                MeetingFrequency.valueOf(rs.getString("meets")),
                (Integer) rs.getObject("lived_experience_target"),
                (Long) rs.getObject("reports_to_group_id"),
                rs.getString("reports_to_name"),
                (Integer) rs.getObject("quorum_lived_experience"));
    }
}
