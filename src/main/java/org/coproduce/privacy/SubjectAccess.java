package org.coproduce.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests for a copy of everything we hold about a person: recorded with their legal deadline, made in the background
 * from every module's {@link PersonalData}, kept for {@link #KEPT_FOR} and a few downloads, and given to the person.
 */
@Service
public class SubjectAccess {

    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(SubjectAccess.class);

    private final SubjectAccessRepository requests;
    private final List<PersonalData> holders;
    private final Organisations organisations;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    SubjectAccess(SubjectAccessRepository requests, List<PersonalData> holders, Organisations organisations, AuditLog audit,
            TransactionTemplate transactions, JsonMapper json) {
        this.requests = requests;
        this.holders = holders;
        this.organisations = organisations;
        this.audit = audit;
        this.transactions = transactions;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /** One calendar month from the day received; a day the next month lacks becomes its last day, as the ICO advises. */
    static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    long ask(CurrentUser by, long personId, String personName, LocalDate receivedOn, SubjectAccessRequest.ReceivedHow how) {
        return transactions.execute(status -> {
            long id = requests.add(by.organisationId(), personId, personName, receivedOn, dueOn(receivedOn), how, by.displayName());
            audit.added(by, Topic.PERSON, new AuditLog.Subject(personId, personName), "A request for a copy of everything we hold",
                    java.util.Map.of("Received", Dates.date(receivedOn), "Due by", Dates.date(dueOn(receivedOn))));
            return id;
        });
    }

    /** Makes every copy that is waiting, one at a time; safe to run on several servers at once. */
    public void makeWaitingCopies() {
        while (makeOne()) {
            // next
        }
    }

    private boolean makeOne() {
        List<Long> failedId = new ArrayList<>(1);
        Boolean made;
        try {
            made = transactions.execute(status -> {
                Optional<SubjectAccessRepository.Claimed> claimed = requests.claimWaiting();
                if (claimed.isEmpty()) {
                    return false;
                }
                SubjectAccessRepository.Claimed request = claimed.get();
                failedId.add(request.id());
                Instant now = clock.instant();
                byte[] copy = copy(request.organisationId(), request.personId(), request.personName(), now);
                requests.ready(request.id(), copy, now.plus(KEPT_FOR));
                return true;
            });
        } catch (RuntimeException e) {
            if (failedId.isEmpty()) {
                throw e;
            }
            log.error("Could not make the copy for subject access request {}", failedId.get(0), e);
            transactions.executeWithoutResult(status -> requests.failed(failedId.get(0), e.getClass().getSimpleName() + ": " + e.getMessage()));
            return true;
        }
        return Boolean.TRUE.equals(made);
    }

    /**
     * The copy for one person, as the zip the request keeps, made now in the caller's transaction. The schedule makes
     * copies with it; the benchmark measures it.
     */
    byte[] copy(long organisationId, long personId, String personName, Instant madeAt) {
        return SubjectAccessCopy.zip(organisations.get(organisationId).name(), personName, madeAt, parts(organisationId, personId), json);
    }

    List<PersonalData.Part> parts(long organisationId, long personId) {
        return holders.stream().map(holder -> holder.about(organisationId, personId)).filter(part -> !part.empty()).toList();
    }

    /**
     * The copy, for someone allowed to have it: the person themselves, or a coordinator who will give it to them. The
     * person downloading their own copy is the copy reaching them.
     */
    byte[] download(CurrentUser by, SubjectAccessRequest request) {
        return transactions.execute(status -> {
            byte[] copy = requests.takeCopy(by.organisationId(), request.id()).orElseThrow(NotFoundException::new);
            if (by.isPerson(request.personId()) && request.givenOn() == null) {
                requests.given(by.organisationId(), request.id(), LocalDate.now(Dates.LONDON));
            }
            audit.exported(by, Topic.PERSON, List.of(new AuditLog.Subject(request.personId(), request.personName())),
                    "Their copy of everything we hold about them");
            return copy;
        });
    }

    void given(CurrentUser by, SubjectAccessRequest request, LocalDate on) {
        transactions.executeWithoutResult(status -> {
            requests.given(by.organisationId(), request.id(), on);
            audit.changed(by, Topic.PERSON, new AuditLog.Subject(request.personId(), request.personName()),
                    "Their copy of everything we hold reached them", java.util.Map.of("Given to them", ""),
                    java.util.Map.of("Given to them", Dates.date(on)));
        });
    }

    void forgetOldCopies() {
        int forgotten = requests.forgetOldCopies();
        if (forgotten > 0) {
            log.info("Deleted {} copies of people's information that were past their time or downloaded as often as allowed", forgotten);
        }
    }
}
