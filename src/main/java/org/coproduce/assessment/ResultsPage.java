package org.coproduce.assessment;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The results of a round, with the agreed ratings and the action plan; shown again with errors when a form is wrong. */
@Component
class ResultsPage {

    private final Rounds rounds;
    private final RoundRepository stored;
    private final AgreementRepository agreements;
    private final Register register;
    private final Labels labels;

    ResultsPage(Rounds rounds, RoundRepository stored, AgreementRepository agreements, Register register, Labels labels) {
        this.rounds = rounds;
        this.stored = stored;
        this.agreements = agreements;
        this.register = register;
        this.labels = labels;
    }

    String show(CurrentUser user, long roundId, FormErrors errors, Model model) {
        Round round = stored.round(user.organisationId(), roundId).orElseThrow(NotFoundException::new);
        boolean sentOwn = stored.rater(user.organisationId(), roundId, user.personId()).map(Rater::submitted).orElse(false);
        if (!user.isCoordinator() && !sentOwn) {
            throw new NotFoundException();
        }
        RoundReport.Contents contents = contents(user, round);
        Framework framework = contents.framework();
        model.addAttribute("round", round);
        model.addAttribute("framework", framework);
        model.addAttribute("results", contents.results());
        model.addAttribute("comments", contents.comments());
        model.addAttribute("evidence", stored.evidence(user.organisationId(), roundId));
        java.util.List<Progress.RoundScores> history = stored.roundsUpTo(user.organisationId(), round).stream()
                .map(r -> Progress.scores(r.id(), r.title(), rounds.framework(user.organisationId(), r), stored.submittedRatings(user.organisationId(), r.id())))
                .filter(scores -> !scores.byTheme().isEmpty() || scores.roundId() == roundId)
                .toList();
        boolean hasHistory = history.size() > 1;
        model.addAttribute("progressChart", hasHistory ? ProgressChart.svg(framework, history) : null);
        model.addAttribute("progress", hasHistory ? Progress.changes(framework, history.get(history.size() - 2), history.get(history.size() - 1))
                .stream().map(c -> new ProgressRow(c.number() + ". " + c.title(), c.before(), c.now(), c.change())).toList() : java.util.List.of());
        model.addAttribute("previousTitle", hasHistory ? history.get(history.size() - 2).title() : null);
        model.addAttribute("actions", contents.actions());
        model.addAttribute("coordinator", user.isCoordinator());
        model.addAttribute("raterOptions", stored.raters(user.organisationId(), roundId).stream()
                .map(r -> new Option(String.valueOf(r.personId()), r.name(), "")).toList());
        model.addAttribute("peopleOptions", register.everyoneCurrent(user.organisationId()).stream()
                .map(p -> new Option(String.valueOf(p.id()), p.fullName(), "")).toList());
        model.addAttribute("indicatorOptions", framework.indicators().stream()
                .map(i -> new Option(i.code(), i.code() + ": " + shorten(i.doingWell()), "")).toList());
        model.addAttribute("today", LocalDate.now(Dates.LONDON));
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        model.addAttribute("errors", errors);
        return "assessment/results";
    }

    /** What the page, the PDF and the CSV all show. */
    RoundReport.Contents contents(CurrentUser user, Round round) {
        Framework framework = rounds.framework(user.organisationId(), round);
        var agreed = agreements.agreed(user.organisationId(), round.id());
        List<RoundResultsView> results = RoundResults.disagreementFirst(RoundResults.of(framework, stored.submittedRatings(user.organisationId(), round.id())))
                .stream().map(r -> RoundResultsView.of(r, labels.of(Side.LIVED_EXPERIENCE), labels.of(Side.PROFESSIONAL), agreed.get(r.indicator().code())))
                .toList();
        return new RoundReport.Contents(round, framework, results, stored.comments(user.organisationId(), round.id()),
                agreements.actions(user.organisationId(), round.id()), user.organisationName());
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "...";
    }
}
