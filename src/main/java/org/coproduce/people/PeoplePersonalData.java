package org.coproduce.people;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.AccessStatus;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.privacy.PersonNames;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The register's part of someone's copy of their information, first in it, and its names for privacy's pages. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeoplePersonalData implements PersonalData, PersonNames {

    private final PersonRepository people;
    private final SensitiveInformationRepository sensitive;
    private final ConsentRepository consents;
    private final AccessManagement signInAccess;
    private final Labels labels;

    PeoplePersonalData(PersonRepository people, SensitiveInformationRepository sensitive, ConsentRepository consents,
            AccessManagement signInAccess, Labels labels) {
        this.people = people;
        this.sensitive = sensitive;
        this.consents = consents;
        this.signInAccess = signInAccess;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        Optional<Person> found = people.find(organisationId, personId);
        if (found.isEmpty()) {
            return Part.of("Your details", "");
        }
        Person person = found.get();
        Map<String, String> details = AuditedValues.of(person, labels);
        details.put("Added to the register", Dates.dateTime(person.createdAt()));
        AccessStatus access = signInAccess.statusOf(organisationId, personId);
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("Can sign in", switch (access.state()) {
            case ACTIVE -> "Yes";
            case DEACTIVATED -> "No, stopped";
            case INVITED -> "Invited, not joined yet";
            case NONE -> "No";
        });
        signIn.put("Email address for signing in", access.email());
        signIn.put("Roles", String.join(", ", labels.of(access.roles().stream().sorted().toList())));
        List<List<String>> consentHistory = consents.history(organisationId, personId).stream()
                .map(decision -> Arrays.asList(labels.of(decision.purpose()), decision.given() ? "Given" : "Taken back",
                        labels.of(decision.method()), decision.note(), decision.recordedBy(), Dates.dateTime(decision.recordedAt())))
                .toList();
        return Part.of("Your details",
                "What the register says about you, your access needs, the equality and benefits questions you chose to answer, "
                        + "and every consent you have given or taken back. Only coordinators and you can see access needs, "
                        + "equality and benefits.",
                PersonalData.Table.facts("About you", details),
                PersonalData.Table.facts("Signing in", signIn),
                PersonalData.Table.facts("Access needs and formats", AuditedValues.of(sensitive.accessAndCommunication(organisationId, personId), labels)),
                PersonalData.Table.facts("Equality questions", AuditedValues.of(sensitive.equality(organisationId, personId), labels)),
                PersonalData.Table.facts("Benefits", AuditedValues.of(sensitive.benefits(organisationId, personId), labels)),
                new PersonalData.Table("Consents", List.of("Consent", "Decision", "How", "Note", "Recorded by", "When"), consentHistory));
    }

    /** Erased people have no name left to show, and nothing more to copy or erase. */
    @Override
    public Optional<String> of(long organisationId, long personId) {
        return people.nameIfNotErased(organisationId, personId);
    }

    @Override
    public Map<Long, String> everyone(long organisationId) {
        return people.namesNotErased(organisationId);
    }
}
