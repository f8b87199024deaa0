package org.coproduce.groups;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Groups keep an erased person's past memberships without their name, and forget their champion records. */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class GroupsForgetting implements Forgetting {

    private final JdbcClient jdbc;

    GroupsForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        List<Consequence> plan = new ArrayList<>();
        int memberships = rows.count("group_member", "person_id");
        if (memberships > 0) {
            plan.add(Consequence.anonymised(count(memberships, "place in a group", "places in groups"),
                    "Kept without their name, so that past meetings still show who could take part and whether they were quorate. "
                            + "Any place they hold now ends today"));
        }
        int records = rows.count("champion_record", "person_id");
        if (records > 0) {
            plan.add(Consequence.deleted(count(records, "record of champion training or support", "records of champion training and support")));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.delete("champion_record", "person_id");
        // They are no longer in any group from today, so they count towards no quorum from now on.
        rows.update("""
                update group_member set left_on = greatest(joined_on, current_date)
                 where organisation_id = :organisationId and person_id = :personId and left_on is null
                """);
    }
}
