package org.coproduce.projects;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The projects' part of someone's copy of their information: the teams they are or were in, and the maps that name them. */
@Component
class ProjectsPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Labels labels;

    ProjectsPersonalData(JdbcClient jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        return Part.of("Your projects",
                "The project teams you are in or were in, your role in each, and any project plan that names you. We keep this "
                        + "to show who shaped each piece of work, and to pay people for their time on it.",
                new Table("Project teams", List.of("Project", "Role", "Added on", "Left on"), teams(organisationId, personId)),
                new Table("Project plans that name you", List.of("Project", "Who should be involved", "Involved",
                        "Why not yet", "What we will do"), stakeholders(organisationId, personId)));
    }

    /** Every spell in a team, a new one each time their role changed. */
    private List<List<String>> teams(long organisationId, long personId) {
        return jdbc.sql("""
                        select p.title, m.role, m.added_at, m.removed_at
                        from project_member m
                        join project p on p.id = m.project_id and p.organisation_id = m.organisation_id
                        where m.organisation_id = :organisationId and m.person_id = :personId
                        order by m.removed_at desc nulls first, m.added_at desc, m.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> List.of(rs.getString("title"), labels.of(ProjectRole.valueOf(rs.getString("role"))),
                        date(rs.getTimestamp("added_at")), date(rs.getTimestamp("removed_at"))))
                .list();
    }

    /**
     * A stakeholder map lists kinds of people, such as "Family carers", and is not linked to the register: an entry is
     * theirs only when someone wrote their full name in it.
     */
    private List<List<String>> stakeholders(long organisationId, long personId) {
        return jdbc.sql("""
                        select pr.title, s.who, s.involved, s.why_missing, s.what_we_will_do
                        from project_stakeholder s
                        join project pr on pr.id = s.project_id and pr.organisation_id = s.organisation_id
                        join person p on p.organisation_id = s.organisation_id and p.id = :personId
                        where s.organisation_id = :organisationId
                          and (strpos(lower(s.who), lower(p.full_name)) > 0
                               or strpos(lower(coalesce(s.why_missing, '')), lower(p.full_name)) > 0
                               or strpos(lower(coalesce(s.what_we_will_do, '')), lower(p.full_name)) > 0)
                        order by lower(pr.title), s.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> Arrays.asList(rs.getString("title"), rs.getString("who"), rs.getBoolean("involved") ? "Yes" : "No",
                        rs.getString("why_missing"), rs.getString("what_we_will_do")))
                .list();
    }

    private static String date(Timestamp at) {
        return at == null ? "" : Dates.date(at.toInstant());
    }
}
