package org.coproduce.privacy;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log and the requests for a copy keep that things happened, but not the erased person's name or details:
 * the values before and after a change about them, and any copy of their information still waiting to be downloaded.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PrivacyForgetting implements Forgetting {

    static final String ERASED = "A person whose details were erased";

    private final JdbcClient jdbc;

    PrivacyForgetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        int about = rows.count("audit_event", "person_id");
        int by = rows.count("audit_event", "actor_person_id");
        int copies = rows.count("subject_access_request", "person_id");
        List<Consequence> plan = new ArrayList<>();
        if (about + by > 0) {
            plan.add(Consequence.anonymised(Forgetting.count(about + by, "entry in the audit log", "entries in the audit log"),
                    "The audit log keeps that someone looked or changed something, for accountability, without their name or what it said"));
        }
        if (copies > 0) {
            plan.add(Consequence.anonymised(Forgetting.count(copies, "request for a copy of their information", "requests for a copy of their information"),
                    "We keep that a request was answered in time, without their name; any copy not yet deleted is deleted"));
        }
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        rows.update("""
                update audit_event set person_name = null, before = null, after = null
                 where organisation_id = :organisationId and person_id = :personId
                """);
        rows.update("""
                update audit_event set actor_name = '%s', client_address = null
                 where organisation_id = :organisationId and actor_person_id = :personId
                """.formatted(ERASED));
        rows.update("""
                update subject_access_request set person_name = null, copy = null
                 where organisation_id = :organisationId and person_id = :personId
                """);
    }
}
