package org.coproduce.projects;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Projects keep that an erased person was in their team, without the name, so that co-leadership still adds up. */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class ProjectsForgetting implements Forgetting {

    private final JdbcClient jdbc;

    ProjectsForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        int teams = new PersonRows(jdbc, organisationId, personId).count("project_member", "person_id");
        return teams == 0 ? List.of() : List.of(Consequence.anonymised(count(teams, "place in a project team", "places in project teams"),
                "Kept without their name, so that the project still shows it was co-led with people with lived experience"));
    }

    @Override
    public void erase(long organisationId, long personId) {
        // Nothing to delete: the team keeps its place, and the register takes away the name.
    }
}
