package org.coproduce.projects;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PreparationRepository {

    private final JdbcClient jdbc;

    PreparationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<PreparationQuestion, PreparationAnswer> answers(long organisationId, long projectId) {
        Map<PreparationQuestion, PreparationAnswer> answers = new EnumMap<>(PreparationQuestion.class);
        jdbc.sql("""
                        select question, answer, note from project_preparation_answer
                        where organisation_id = :organisationId and project_id = :projectId""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query(rs -> {
                    answers.put(PreparationQuestion.valueOf(rs.getString("question")), new PreparationAnswer(rs.getString("answer"), rs.getString("note")));
                });
        return answers;
    }

    /** Saves an answer; an answer cleared of both words and note is removed. */
    void saveAnswer(long organisationId, long projectId, PreparationQuestion question, String answer, String note) {
        if (answer == null && note == null) {
            jdbc.sql("delete from project_preparation_answer where organisation_id = :organisationId and project_id = :projectId and question = :question")
                    .param("organisationId", organisationId)
                    .param("projectId", projectId)
                    .param("question", question.name())
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into project_preparation_answer (project_id, organisation_id, question, answer, note)
                        values (:projectId, :organisationId, :question, :answer, :note)
                        on conflict (project_id, question) do update set answer = excluded.answer, note = excluded.note,
                                                                         updated_at = now()""")
                .param("projectId", projectId)
                .param("organisationId", organisationId)
                .param("question", question.name())
                .param("answer", answer)
                .param("note", note)
                .update();
    }

    Set<PreparationSection> completed(long organisationId, long projectId) {
        Set<PreparationSection> done = EnumSet.noneOf(PreparationSection.class);
        jdbc.sql("select section from project_preparation_section where organisation_id = :organisationId and project_id = :projectId")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query(String.class).list()
                .forEach(section -> done.add(PreparationSection.valueOf(section)));
        return done;
    }

    void markCompleted(long organisationId, long projectId, PreparationSection section, boolean completed) {
        if (completed) {
            jdbc.sql("""
                            insert into project_preparation_section (project_id, organisation_id, section)
                            values (:projectId, :organisationId, :section) on conflict do nothing""")
                    .param("projectId", projectId)
                    .param("organisationId", organisationId)
                    .param("section", section.name())
                    .update();
        } else {
            jdbc.sql("""
                            delete from project_preparation_section
                            where organisation_id = :organisationId and project_id = :projectId and section = :section""")
                    .param("organisationId", organisationId)
                    .param("projectId", projectId)
                    .param("section", section.name())
                    .update();
        }
    }

    List<Stakeholder> stakeholders(long organisationId, long projectId) {
        return jdbc.sql("""
                        select id, who, often_missing, should_involve, involved, why_missing, what_we_will_do
                        from project_stakeholder
                        where organisation_id = :organisationId and project_id = :projectId
                        order by id""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .query((rs, row) -> new Stakeholder(rs.getLong("id"), rs.getString("who"), rs.getBoolean("often_missing"),
                        rs.getBoolean("should_involve"), rs.getBoolean("involved"), rs.getString("why_missing"),
                        rs.getString("what_we_will_do")))
                .list();
    }

    Optional<Stakeholder> stakeholder(long organisationId, long projectId, long id) {
        return stakeholders(organisationId, projectId).stream().filter(s -> s.id() == id).findFirst();
    }

    boolean hasStakeholder(long organisationId, long projectId, String who) {
        return jdbc.sql("""
                        select exists (select 1 from project_stakeholder
                                       where organisation_id = :organisationId and project_id = :projectId and lower(who) = lower(:who))""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("who", who)
                .query(Boolean.class).single();
    }

    void addStakeholder(long organisationId, long projectId, String who, boolean oftenMissing) {
        jdbc.sql("""
                        insert into project_stakeholder (organisation_id, project_id, who, often_missing)
                        values (:organisationId, :projectId, :who, :oftenMissing)""")
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("who", who)
                .param("oftenMissing", oftenMissing)
                .update();
    }

    void updateStakeholder(long organisationId, long projectId, long id, boolean shouldInvolve, boolean involved, String whyMissing,
            String plan) {
        jdbc.sql("""
                        update project_stakeholder set should_involve = :shouldInvolve, involved = :involved,
                               why_missing = :whyMissing, what_we_will_do = :plan
                        where organisation_id = :organisationId and project_id = :projectId and id = :id""")
                .param("shouldInvolve", shouldInvolve)
                .param("involved", involved)
                .param("whyMissing", whyMissing)
                .param("plan", plan)
                .param("organisationId", organisationId)
                .param("projectId", projectId)
                .param("id", id)
                .update();
    }
}
