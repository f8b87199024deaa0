package org.coproduce.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's public face for other modules, demo data and imports. It trusts its caller to have checked
 * permissions; the pages check them with {@link PersonAccess} first.
 */
@Service
@Transactional
public class Register {

    private final PersonRepository people;
    private final SensitiveInformationRepository sensitive;
    private final ConsentRepository consents;

    Register(PersonRepository people, SensitiveInformationRepository sensitive, ConsentRepository consents) {
        this.people = people;
        this.sensitive = sensitive;
        this.consents = consents;
    }

    public long add(long organisationId, PersonDetails details) {
        long id = people.insert(organisationId, details);
        var access = new AccessAndCommunication(details.accessNeeds(), details.otherAccessNeeds(), details.formats());
        if (!access.isEmpty()) {
            sensitive.saveAccessAndCommunication(organisationId, id, access);
        }
        return id;
    }

    public void addAll(long organisationId, List<PersonDetails> details) {
        details.forEach(person -> add(organisationId, person));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(long organisationId, long personId) {
        return people.find(organisationId, personId);
    }

    /** Every word or phrase anyone in the register has asked us not to use about them, without saying who. */
    @Transactional(readOnly = true)
    public List<String> termsToAvoid(long organisationId) {
        return people.termsToAvoid(organisationId).stream()
                .flatMap(terms -> PeopleForms.splitList(terms).stream())
                .map(String::toLowerCase)
                .distinct()
                .sorted()
                .toList();
    }

    /** Special category data: call only for someone allowed to see it, or to work out figures too broad to identify anyone. */
    @Transactional(readOnly = true)
    public Equality equality(long organisationId, long personId) {
        return sensitive.equality(organisationId, personId);
    }

    /** Special category data (health): call only for someone allowed to see it, or to arrange support. */
    @Transactional(readOnly = true)
    public AccessAndCommunication accessAndCommunication(long organisationId, long personId) {
        return sensitive.accessAndCommunication(organisationId, personId);
    }

    /** Whether someone has agreed, and not since withdrawn, to a purpose such as their name being shown in public. */
    @Transactional(readOnly = true)
    public boolean hasConsented(long organisationId, long personId, ConsentPurpose purpose) {
        ConsentDecision latest = consents.current(organisationId, personId).get(purpose);
        return latest != null && latest.given();
    }

    /** Everyone whose latest decision about a purpose is that they agree: for choosing, in one query, what may be shown. */
    @Transactional(readOnly = true)
    public Set<Long> whoConsented(long organisationId, ConsentPurpose purpose) {
        return consents.agreeingNow(organisationId, purpose);
    }

    /** The person's latest decision about a purpose, whether they agreed or refused; empty when they were never asked. */
    @Transactional(readOnly = true)
    public Optional<ConsentDecision> latestConsent(long organisationId, long personId, ConsentPurpose purpose) {
        return Optional.ofNullable(consents.current(organisationId, personId).get(purpose));
    }

    /** People in the register now (not archived), A to Z, for choosing someone from a list. */
    @Transactional(readOnly = true)
    public List<Person> everyoneCurrent(long organisationId) {
        return people.all(organisationId).stream().filter(person -> !person.archived()).toList();
    }

    public void saveEquality(long organisationId, long personId, Equality equality) {
        sensitive.saveEquality(organisationId, personId, equality);
    }

    public void saveBenefits(long organisationId, long personId, Benefits benefits) {
        sensitive.saveBenefits(organisationId, personId, benefits);
    }

    /**
     * @param recordedBy the person who recorded it, or null when recorded by the system
     */
    public void recordConsent(long organisationId, long personId, ConsentPurpose purpose, boolean given,
            ConsentMethod method, String note, Long recordedBy) {
        consents.record(organisationId, personId, purpose, given, method, note, recordedBy);
    }
}
