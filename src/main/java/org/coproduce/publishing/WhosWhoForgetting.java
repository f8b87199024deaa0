package org.coproduce.publishing;

import java.util.List;
import org.coproduce.privacy.Forgetting;
import org.coproduce.privacy.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased person's who's who entry and photo go from the public pages at once. */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class WhosWhoForgetting implements Forgetting {

    private final JdbcClient jdbc;

    WhosWhoForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        return new PersonRows(jdbc, organisationId, personId).count("whos_who_entry", "person_id") == 0 ? List.of()
                : List.of(Consequence.deleted("Their entry in who's who on the public pages, with their photo"));
    }

    @Override
    public void erase(long organisationId, long personId) {
        new PersonRows(jdbc, organisationId, personId).delete("whos_who_entry", "person_id");
    }
}
