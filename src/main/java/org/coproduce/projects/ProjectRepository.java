package org.coproduce.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

    private static final String SELECT = """
            select id, title, purpose, outcomes_hoped, outcomes_unintended, co_kind, phase, budget_time_pence,
                   budget_expenses_pence
            from project
            """;

    private static final String TEAM = """
            select m.id, m.person_id, coalesce(p.known_as, p.full_name) as name, m.role, m.added_at,
                   exists (select 1 from person_role r where r.person_id = m.person_id
                           and r.role in ('LIVED_EXPERIENCE', 'FAMILY_CARER')) as lived_experience
            from project_member m
            join person p on p.id = m.person_id and p.organisation_id = m.organisation_id
            """;

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Project> open(long organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and closed_at is null order by lower(title)")
                .param("organisationId", organisationId)
                .query(ProjectRepository::map).list();
    }

    Optional<Project> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and id = :id and closed_at is null")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(ProjectRepository::map).optional();
    }

    boolean titleTaken(long organisationId, String title, Long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from project
                                       where organisation_id = :organisationId and lower(title) = lower(:title)
                                         and closed_at is null and (cast(:exceptId as bigint) is null or id <> :exceptId))""")
                .param("organisationId", organisationId)
                .param("title", title)
                .param("exceptId", exceptId)
                .query(Boolean.class).single();
    }

    long create(long organisationId, ProjectDetails details) {
        return jdbc.sql("""
                        insert into project (organisation_id, title, purpose, outcomes_hoped, outcomes_unintended, co_kind, phase,
                                             budget_time_pence, budget_expenses_pence)
                        values (:organisationId, :title, :purpose, :outcomesHoped, :outcomesUnintended, :coKind, :phase,
                                :budgetTime, :budgetExpenses)
                        returning id""")
                .param("organisationId", organisationId)
                .params(parameters(details))
                .query(Long.class).single();
    }

    void update(long organisationId, long id, ProjectDetails details) {
        jdbc.sql("""
                        update project set title = :title, purpose = :purpose, outcomes_hoped = :outcomesHoped,
                               outcomes_unintended = :outcomesUnintended, co_kind = :coKind, phase = :phase,
                               budget_time_pence = :budgetTime, budget_expenses_pence = :budgetExpenses
                        where organisation_id = :organisationId and id = :id""")
                .param("organisationId", organisationId)
                .param("id", id)
                .params(parameters(details))
                .update();
    }

    /** The team now, co-leads first. */
    List<TeamMember> team(long organisationId, long projectId) {
        return jdbc.sql(TEAM + """
                         where m.organisation_id = :organisationId and m.project_id = :projectId and m.removed_at is null
                         order by case m.role when 'CO_LEAD' then 0 when 'MEMBER' then 1 when 'ADVISER' then 2 else 3 end,
                                  lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query((rs, row) -> new TeamMember(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        ProjectRole.valueOf(rs.getString("role")), rs.getBoolean("lived_experience"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    void addToTeam(long organisationId, long projectId, long personId, ProjectRole role) {
        jdbc.sql("""
                        insert into project_member (organisation_id, project_id, person_id, role)
                        values (:organisationId, :projectId, :personId, :role)""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("personId", personId)
                .param("role", role.name())
                .update();
    }

    /** Takes someone off the team. The row stays, as the project's history. */
    boolean removeFromTeam(long organisationId, long projectId, long memberId) {
        return jdbc.sql("""
                        update project_member set removed_at = now()
                        where organisation_id = :organisationId and project_id = :projectId and id = :id and removed_at is null""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("id", memberId)
                .update() == 1;
    }

    /** The projects a person is in the team of now, for their profile. */
    List<PersonInProject> projectsOf(long organisationId, long personId) {
        return jdbc.sql("""
                        select p.id, p.title, m.role from project_member m
                        join project p on p.id = m.project_id
                        where m.organisation_id = :organisationId and m.person_id = :personId and m.removed_at is null
                          and p.closed_at is null
                        order by lower(p.title)""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new PersonInProject(rs.getLong("id"), rs.getString("title"), ProjectRole.valueOf(rs.getString("role"))))
                .list();
    }

    record PersonInProject(long projectId, String title, ProjectRole role) {
    }

    /** Where the project has sat on the ladder, newest first. */
    List<LadderStep> ladder(long organisationId, long projectId) {
        return jdbc.sql("""
                        select l.rung, l.why, coalesce(p.known_as, p.full_name) as recorded_by, l.recorded_at
                        from project_ladder l
                        join person p on p.id = l.recorded_by_person_id
                        where l.organisation_id = :organisationId and l.project_id = :projectId
                        order by l.recorded_at desc, l.id desc""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query((rs, row) -> new LadderStep(Rung.valueOf(rs.getString("rung")), rs.getString("why"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    void placeOnLadder(long organisationId, long projectId, Rung rung, String why, long recordedBy) {
        jdbc.sql("""
                        insert into project_ladder (organisation_id, project_id, rung, why, recorded_by_person_id)
                        values (:organisationId, :projectId, :rung, :why, :recordedBy)""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("rung", rung.name())
                .param("why", why)
                .param("recordedBy", recordedBy)
                .update();
    }

    private static Map<String, Object> parameters(ProjectDetails details) {
        Map<String, Object> map = new HashMap<>();
        map.put("title", details.title());
        map.put("purpose", details.purpose());
        map.put("outcomesHoped", details.outcomesHoped());
        map.put("outcomesUnintended", details.outcomesUnintended());
        map.put("coKind", details.coKind().name());
        map.put("phase", details.phase().name());
        map.put("budgetTime", details.budgetTimePence());
        map.put("budgetExpenses", details.budgetExpensesPence());
        return map;
    }

    private static Project map(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("purpose"),
                rs.getString("outcomes_hoped"),
                rs.getString("outcomes_unintended"),
                CoKind.valueOf(rs.getString("co_kind")),
                CyclePhase.valueOf(rs.getString("phase")),
                (Long) rs.getObject("budget_time_pence"),
                (Long) rs.getObject("budget_expenses_pence"));
    }
}
