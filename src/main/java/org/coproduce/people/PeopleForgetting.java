package org.coproduce.people;

import static org.coproduce.personaldata.Forgetting.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.AccessStatus;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.personaldata.PersonRows;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register forgets an erased person: everything about them goes, except a row with no name or details, so that
 * what other parts must keep (payments, meetings that happened) still adds up. It goes last, after every other part
 * has used the row to find what it holds.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeopleForgetting implements Forgetting {

    static final String ERASED_NAME = "Erased person";

    private final PersonRepository people;
    private final SensitiveInformationRepository sensitive;
    private final ConsentRepository consents;
    private final AccessManagement signInAccess;
    private final JdbcClient jdbc;

    PeopleForgetting(PersonRepository people, SensitiveInformationRepository sensitive, ConsentRepository consents,
            AccessManagement signInAccess, JdbcClient jdbc) {
        this.people = people;
        this.sensitive = sensitive;
        this.consents = consents;
        this.signInAccess = signInAccess;
        this.jdbc = jdbc;
    }

    @Override
    public List<Consequence> plan(long organisationId, long personId) {
        Optional<Person> found = people.find(organisationId, personId);
        if (found.isEmpty()) {
            return List.of();
        }
        Person person = found.get();
        List<Consequence> plan = new ArrayList<>();
        plan.add(Consequence.deleted("Their name, contact details, pronouns, the words they asked us to use and avoid, skills and interests"));
        if (!sensitive.accessAndCommunication(organisationId, personId).isEmpty()) {
            plan.add(Consequence.deleted("Their access needs and formats"));
        }
        if (sensitive.equality(organisationId, personId).answeredAny()) {
            plan.add(Consequence.deleted("Their equality answers"));
        }
        if (!sensitive.benefits(organisationId, personId).equals(Benefits.NOT_ANSWERED)) {
            plan.add(Consequence.deleted("What they told us about benefits"));
        }
        int decisions = consents.history(organisationId, personId).size();
        if (decisions > 0) {
            plan.add(Consequence.deleted(count(decisions, "consent decision", "consent decisions")));
        }
        if (signInAccess.statusOf(organisationId, personId).state() != AccessStatus.State.NONE) {
            plan.add(Consequence.deleted("Their sign-in, and their account if they use Coproduce nowhere else"));
        }
        if (!person.roles().isEmpty()) {
            plan.add(Consequence.kept("Whether they took part with lived experience, as a carer or as a professional",
                    "So that past meetings still show whether they were quorate, without saying who was there"));
        }
        plan.add(Consequence.anonymised("Their entry in the register",
                "It stays as \"" + ERASED_NAME + "\" with no details, so that payments we must keep and meetings that happened still add up"));
        return plan;
    }

    @Override
    public void erase(long organisationId, long personId) {
        signInAccess.personErased(organisationId, personId);
        PersonRows rows = new PersonRows(jdbc, organisationId, personId);
        for (String table : List.of("person_skill", "person_access_need", "person_format", "person_equality", "person_benefit",
                "person_benefits", "consent_event")) {
            rows.delete(table, "person_id");
        }
        rows.update("""
                update person
                   set full_name = '%s', known_as = null, pronouns = null, preferred_terms = null, terms_to_avoid = null,
                       email = null, phone = null, postal_address = null, contact_preference = null, contact_notes = null,
                       interests = null, access_needs_other = null, archived_at = coalesce(archived_at, now()),
                       erased_at = now(), updated_at = now()
                 where organisation_id = :organisationId and id = :personId
                """.formatted(ERASED_NAME));
    }
}
