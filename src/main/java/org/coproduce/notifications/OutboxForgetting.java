package org.coproduce.notifications;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased person's emails leave the outbox: their address, the subjects, anything still waiting to be said and its
 * files. Emails still waiting are not sent. A person's emails are those sent to them in the register, and those sent
 * to the address the register has for them without naming them: replies to their feedback, and sign-in links, which
 * belong to no organisation and so go only when no one else in any organisation still uses that address.
 */
@Component
@Order(Forgetting.BEFORE_THE_REGISTER)
class OutboxForgetting implements Forgetting {

    /** Their emails, with :organisationId and :personId bound; used for their copy too. */
    static final String THEIRS = """
            ((organisation_id = :organisationId and person_id = :personId)
              or (person_id is null and (organisation_id = :organisationId or organisation_id is null)
                  and lower(recipient) = (select lower(p.email) from person p where p.organisation_id = :organisationId and p.id = :personId)))
            """;

    private static final String FORGETTABLE = THEIRS + """
             and (organisation_id is not null
                  or not exists (select 1 from person other where other.id <> :personId and other.erased_at is null
                                    and lower(other.email) = lower(outbox_message.recipient)))
            """;

    private final JdbcClient jdbc;

    OutboxForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        int emails = new PersonRows(jdbc, organisationId, personId).countWhere("select count(*) from outbox_message where " + FORGETTABLE);
        return emails == 0 ? List.of() : List.of(Consequence.deleted(
                count(emails, "email we sent them or were waiting to send them", "emails we sent them or were waiting to send them")));
    }

    @Override
    public void erase(long organisationId, long personId) {
        // Files go with their email (on delete cascade).
        new PersonRows(jdbc, organisationId, personId).update("delete from outbox_message where " + FORGETTABLE);
    }
}
