package org.coproduce.assessment;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-assessment keeps an erased person's ratings without their name, so that results and progress over time do
 * not change; their name no longer shows next to their comments, and evidence files they uploaded go.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class AssessmentForgetting implements Forgetting {

    private final JdbcClient jdbc;

    AssessmentForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        List<Consequence> plan = new ArrayList<>();
        int rounds = rows.count("assessment_rater", "person_id");
        if (rounds > 0) {
            plan.add(Consequence.anonymised(count(rounds, "round of the self-assessment they were asked to rate",
                            "rounds of the self-assessment they were asked to rate"),
                    "Their ratings and comments stay in the results without their name, so that results and progress do not change"));
        }
        int files = rows.count("assessment_evidence_file", "person_id");
        if (files > 0) {
            plan.add(Consequence.deleted(count(files, "evidence file they uploaded", "evidence files they uploaded")));
        }
        int agreed = rows.count("assessment_agreed_by", "person_id") + rows.count("assessment_action", "owner_person_id");
        if (agreed > 0) {
            plan.add(Consequence.anonymised(count(agreed, "agreed rating or action they were part of", "agreed ratings and actions they were part of"),
                    "The group's agreement and action plan stay, without their name"));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.delete("assessment_evidence_file", "person_id");
        rows.update("update assessment_rater set name_shown = false where organisation_id = :organisationId and person_id = :personId");
    }
}
