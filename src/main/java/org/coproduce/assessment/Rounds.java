package org.coproduce.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rounds of rating a framework: started by a coordinator, rated by each person on their own, compared by side. */
@Service
@Transactional
public class Rounds {

    private final RoundRepository rounds;
    private final FrameworkRepository frameworks;
    private final Frameworks reader;
    private final Register register;

    Rounds(RoundRepository rounds, FrameworkRepository frameworks, Frameworks reader, Register register) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.reader = reader;
        this.register = register;
    }

    /** Starts a round with the latest version of a framework and asks each person chosen to rate it. */
    public long start(CurrentUser by, Long frameworkId, String title, LocalDate closesOn, Collection<Long> people) {
        List<FormErrors.Error> problems = new ArrayList<>();
        StoredFramework framework = frameworkId == null ? null : frameworks.find(by.organisationId(), frameworkId, null).orElse(null);
        if (framework == null) {
            problems.add(new FormErrors.Error("framework", "Choose the framework to rate"));
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            problems.add(new FormErrors.Error("title", "Give the round a title, like \"Autumn 2026 check\""));
        } else {
            AssessmentLimits.ROUND_TITLE.check("title", cleanTitle, problems);
        }
        if (closesOn == null) {
            problems.add(new FormErrors.Error("closes", "Enter the day the round closes"));
        } else if (closesOn.isBefore(LocalDate.now(Dates.LONDON))) {
            problems.add(new FormErrors.Error("closes", "The closing day must be today or later"));
        }
        List<Person> chosen = register.everyoneCurrent(by.organisationId()).stream().filter(p -> people.contains(p.id())).toList();
        if (chosen.isEmpty()) {
            problems.add(new FormErrors.Error("people", "Choose who to ask: people with lived experience, carers, staff and board members"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long round = rounds.start(by.organisationId(), framework.versionId(), cleanTitle, closesOn, by.personId());
        for (Person person : chosen) {
            rounds.invite(by.organisationId(), round, person.id(), side(person));
        }
        return round;
    }

    /**
     * Saves a person's ratings; with send, also sends them, which needs every indicator answered, now or earlier.
     * Nothing can change after the closing day.
     */
    public void rate(CurrentUser by, long roundId, Map<String, GivenRating> given, boolean send, boolean nameShown) {
        rate(by, roundId, given, Map.of(), send, nameShown);
    }

    /** Saves ratings with evidence files; files are kept only when everything else is fine. */
    void rate(CurrentUser by, long roundId, Map<String, GivenRating> given, Map<String, EvidenceFile> files, boolean send, boolean nameShown) {
        Round round = rounds.round(by.organisationId(), roundId).orElseThrow(NotFoundException::new);
        rounds.rater(by.organisationId(), roundId, by.personId()).orElseThrow(NotFoundException::new);
        if (round.closed(LocalDate.now(Dates.LONDON))) {
            throw new Refused("round", "This round closed on " + Dates.date(round.closesOn())
                    + ", so ratings can no longer be saved or changed");
        }
        Framework framework = framework(by.organisationId(), round);
        Map<String, GivenRating> saved = rounds.ratingsOf(by.organisationId(), roundId, by.personId());
        List<FormErrors.Error> problems = new ArrayList<>();
        for (Framework.Theme theme : framework.themes()) {
            for (Framework.Indicator indicator : theme.indicators()) {
                GivenRating rating = given.get(indicator.code());
                if (rating != null && !AssessmentLimits.COMMENT.allows(rating.comment())) {
                    problems.add(new FormErrors.Error("comment-" + indicator.code(),
                            AssessmentLimits.COMMENT.tooLong(rating.comment()).replace("The comment", "The comment on " + indicator.code())));
                } else if (rating != null && !AssessmentLimits.EVIDENCE.allows(rating.evidence())) {
                    problems.add(new FormErrors.Error("evidence-" + indicator.code(),
                            AssessmentLimits.EVIDENCE.tooLong(rating.evidence()).replace("The evidence", "The evidence for " + indicator.code())));
                } else if (rating == null && send && !saved.containsKey(indicator.code())) {
                    problems.add(new FormErrors.Error("rating-" + indicator.code(), "Rate " + indicator.code()
                            + ", or choose \"Don't know\""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        given.values().forEach(rating -> rounds.rate(by.organisationId(), roundId, by.personId(), rating));
        files.forEach((code, file) -> rounds.addEvidence(by.organisationId(), roundId, by.personId(), code, file));
        if (send) {
            rounds.submit(by.organisationId(), roundId, by.personId(), nameShown);
        }
    }

    /** The framework of a round, in the wording of the version it started with. */
    @Transactional(readOnly = true)
    public Framework framework(long organisationId, long roundId) {
        return framework(organisationId, rounds.round(organisationId, roundId).orElseThrow(NotFoundException::new));
    }

    Framework framework(long organisationId, Round round) {
        return reader.framework(frameworks.version(organisationId, round.frameworkVersionId()).orElseThrow());
    }

    /** People with lived experience and family carers on one side; everyone else on the other. */
    static Side side(Person person) {
        return person.roles().contains(InvolvementRole.LIVED_EXPERIENCE) || person.roles().contains(InvolvementRole.FAMILY_CARER)
                ? Side.LIVED_EXPERIENCE : Side.PROFESSIONAL;
    }
}
