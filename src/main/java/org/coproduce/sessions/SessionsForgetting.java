package org.coproduce.sessions;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Meetings keep that an erased person came, spoke and took part in decisions, without their name, so that quorum,
 * fees and who was heard still add up; their invitations, replies and follow-up messages go, and what they said in
 * their own words no longer says it was them.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class SessionsForgetting implements Forgetting {

    private static final String KEPT_FOR_MEETINGS = "Kept without their name, so that past meetings still show who came, "
            + "who was heard and whether decisions were quorate";

    private final JdbcClient jdbc;

    SessionsForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        List<Consequence> plan = new ArrayList<>();
        int invitations = rows.count("session_invitation", "person_id");
        if (invitations > 0) {
            plan.add(Consequence.deleted(count(invitations, "invitation, with their reply", "invitations, with their replies")));
        }
        int followUps = rows.count("follow_up", "person_id");
        if (followUps > 0) {
            plan.add(Consequence.deleted(count(followUps, "follow-up message to them", "follow-up messages to them")));
        }
        int attended = rows.count("session_attendance", "person_id");
        if (attended > 0) {
            plan.add(Consequence.anonymised(count(attended, "meeting they came to", "meetings they came to"), KEPT_FOR_MEETINGS));
        }
        int spoke = rows.count("contribution", "person_id") + rows.count("decision_participant", "person_id");
        if (spoke > 0) {
            plan.add(Consequence.anonymised(count(spoke, "time they spoke or took part in a decision", "times they spoke or took part in decisions"),
                    KEPT_FOR_MEETINGS));
        }
        int insights = rows.count("insight", "said_by_person_id");
        if (insights > 0) {
            plan.add(Consequence.anonymised(count(insights, "insight they gave", "insights they gave"),
                    "What the meeting learned stays, but no longer says who said it"));
        }
        int actions = rows.count("session_action", "owner_person_id");
        if (actions > 0) {
            plan.add(Consequence.anonymised(count(actions, "action they took on", "actions they took on"),
                    "The action stays with the meeting, without their name"));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.delete("follow_up", "person_id");
        rows.delete("session_invitation", "person_id");
        rows.update("update insight set said_by_person_id = null where organisation_id = :organisationId and said_by_person_id = :personId");
    }
}
