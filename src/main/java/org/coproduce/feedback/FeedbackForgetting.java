package org.coproduce.feedback;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback is given without signing in, so an erased person's feedback is found by the email address the register
 * has for them. What they said and our reply stay, without their name or how to reach them, so that "you said, we
 * did" still counts it; what the public page shows was already written to identify nobody.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class FeedbackForgetting implements Forgetting {

    private static final String THEIRS = """
            organisation_id = :organisationId and email is not null
              and lower(email) = (select lower(p.email) from person p where p.organisation_id = :organisationId and p.id = :personId)
            """;

    private final JdbcClient jdbc;

    FeedbackForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        int pieces = new PersonRows(jdbc, organisationId, personId).countWhere("select count(*) from feedback where " + THEIRS);
        return pieces == 0 ? List.of() : List.of(Consequence.anonymised(
                count(pieces, "piece of feedback they gave, found by their email address", "pieces of feedback they gave, found by their email address"),
                "What they said and our reply stay without their name or contact details, so that \"you said, we did\" still counts them"));
    }

    @Override
    public void erase(long organisationId, long personId) {
        new PersonRows(jdbc, organisationId, personId).update("""
                update feedback set name = null, email = null, phone = null, postal_address = null, reply_by = 'NONE'
                 where %s
                """.formatted(THEIRS));
    }
}
