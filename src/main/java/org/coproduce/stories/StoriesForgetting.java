package org.coproduce.stories;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased person's stories go everywhere at once, words and recordings, with the record of who heard them. */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class StoriesForgetting implements Forgetting {

    private static final String THEIR_STORIES = "(select id from story where organisation_id = :organisationId and person_id = :personId)";

    private final JdbcClient jdbc;

    StoriesForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        int stories = new PersonRows(jdbc, organisationId, personId).count("story", "person_id");
        return stories == 0 ? List.of()
                : List.of(Consequence.deleted(count(stories, "story, with its recording and the meetings that heard it",
                        "stories, with their recordings and the meetings that heard them")));
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.update("delete from story_meeting where organisation_id = :organisationId and story_id in " + THEIR_STORIES);
        rows.update("delete from story_event where organisation_id = :organisationId and story_id in " + THEIR_STORIES);
        rows.delete("story", "person_id");
    }
}
