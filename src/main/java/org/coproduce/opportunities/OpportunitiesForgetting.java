package org.coproduce.opportunities;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What an erased person told us when they said they were interested in an opportunity goes. */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class OpportunitiesForgetting implements Forgetting {

    private final JdbcClient jdbc;

    OpportunitiesForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        int interests = new PersonRows(jdbc, organisationId, personId).count("expression_of_interest", "person_id");
        return interests == 0 ? List.of()
                : List.of(Consequence.deleted(count(interests, "time they said they were interested in taking part",
                        "times they said they were interested in taking part")));
    }

    @Override
    public void erase(long organisationId, long personId) {
        new PersonRows(jdbc, organisationId, personId).delete("expression_of_interest", "person_id");
    }
}
