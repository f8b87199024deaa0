package org.coproduce.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Frameworks an organisation can use: the built-in ones, and its own. Versions are never changed once saved. */
@Repository
class FrameworkRepository {

    private static final String VERSIONS = """
            select f.id as framework_id, v.id as version_id, v.version, v.name, v.source, f.organisation_id, v.created_at,
                   (select max(version) from assessment_framework_version c where c.framework_id = f.id) as versions
            from assessment_framework f join assessment_framework_version v on v.framework_id = f.id
            """;

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version of every framework the organisation can use, built-in ones first. */
    List<StoredFramework> available(long organisationId) {
        return jdbc.sql(VERSIONS + """
                         where (f.organisation_id = :organisationId or f.organisation_id is null)
                           and v.version = (select max(version) from assessment_framework_version c where c.framework_id = f.id)
                         order by f.organisation_id nulls first, lower(v.name)""")
                .param("organisationId", organisationId)
                .query(FrameworkRepository::map).list();
    }

    /** A version of a framework the organisation can use; the latest when version is null. */
    Optional<StoredFramework> find(long organisationId, long frameworkId, Integer version) {
        return jdbc.sql(VERSIONS + """
                         where f.id = :frameworkId and (f.organisation_id = :organisationId or f.organisation_id is null)
                         order by (v.version = cast(:version as int)) desc nulls last, v.version desc limit 1""")
                .param("frameworkId", frameworkId)
                .param("organisationId", organisationId)
                .param("version", version)
                .query(FrameworkRepository::map).optional()
                .filter(found -> version == null || found.version() == version);
    }

    Optional<StoredFramework> version(long organisationId, long versionId) {
        return jdbc.sql(VERSIONS + " where v.id = :versionId and (f.organisation_id = :organisationId or f.organisation_id is null)")
                .param("versionId", versionId)
                .param("organisationId", organisationId)
                .query(FrameworkRepository::map).optional();
    }

    List<StoredFramework> versions(long organisationId, long frameworkId) {
        return jdbc.sql(VERSIONS + """
                         where f.id = :frameworkId and (f.organisation_id = :organisationId or f.organisation_id is null)
                         order by v.version desc""")
                .param("frameworkId", frameworkId)
                .param("organisationId", organisationId)
                .query(FrameworkRepository::map).list();
    }

    long create(long organisationId, long by, String name, String source) {
        long framework = jdbc.sql("insert into assessment_framework (organisation_id, created_by_person_id) values (:organisationId, :by) returning id")
                .param("organisationId", organisationId)
                .param("by", by)
                .query(Long.class).single();
        addVersion(framework, by, name, source);
        return framework;
    }

    /** Saves a new version of an organisation's own framework; the versions before it stay as they were. */
    void addVersion(long frameworkId, Long by, String name, String source) {
        jdbc.sql("""
                        insert into assessment_framework_version (framework_id, organisation_id, version, name, source, created_by_person_id)
                        select :frameworkId, (select organisation_id from assessment_framework where id = :frameworkId),
                               coalesce(max(version), 0) + 1, :name, :source, :by
                        from assessment_framework_version where framework_id = :frameworkId""")
                .param("frameworkId", frameworkId)
                .param("name", name)
                .param("source", source)
                .param("by", by)
                .update();
    }

    /** How many rounds use a version. */
    int roundsUsing(long organisationId, long versionId) {
        return jdbc.sql("select count(*) from assessment_round where organisation_id = :organisationId and framework_version_id = :versionId")
                .param("organisationId", organisationId)
                .param("versionId", versionId)
                .query(Integer.class).single();
    }

    long builtInId(String key) {
        return jdbc.sql("select id from assessment_framework where built_in_key = :key").param("key", key).query(Long.class).single();
    }

    /** Makes sure a built-in framework exists with this text as its latest version. */
    void ensureBuiltIn(String key, String name, String source) {
        jdbc.sql("insert into assessment_framework (built_in_key) values (:key) on conflict (built_in_key) do nothing")
                .param("key", key)
                .update();
        long framework = builtInId(key);
        boolean current = jdbc.sql("""
                        select coalesce((select source = :source from assessment_framework_version
                                         where framework_id = :framework order by version desc limit 1), false)""")
                .param("source", source)
                .param("framework", framework)
                .query(Boolean.class).single();
        if (!current) {
            addVersion(framework, null, name, source);
        }
    }

    private static StoredFramework map(ResultSet rs, int row) throws SQLException {
        return new StoredFramework(rs.getLong("framework_id"), rs.getLong("version_id"), rs.getInt("version"), rs.getInt("versions"),
                rs.getString("name"), rs.getString("source"), (Long) rs.getObject("organisation_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
