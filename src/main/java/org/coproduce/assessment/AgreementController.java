package org.coproduce.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After the meeting: the agreed rating of each indicator, who agreed it, and the actions: what, who, by when. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AgreementController {

    private final RoundRepository rounds;
    private final AgreementRepository agreements;
    private final Register register;
    private final Rounds service;
    private final ResultsPage resultsPage;

    AgreementController(RoundRepository rounds, AgreementRepository agreements, Register register, Rounds service, ResultsPage resultsPage) {
        this.rounds = rounds;
        this.agreements = agreements;
        this.register = register;
        this.service = service;
        this.resultsPage = resultsPage;
    }

    @PostMapping("/assessment/rounds/{id}/agreed")
    String agree(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Round round = rounds.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        String code = request.getParameter("indicator");
        Framework framework = service.framework(user.organisationId(), round);
        if (code == null || framework.indicators().stream().noneMatch(i -> i.code().equals(code))) {
            throw new NotFoundException();
        }
        Rating rating = RoundsController.rating(request.getParameter("agreed-" + code));
        Set<Long> people = ids(request.getParameterValues("agreedBy-" + code));
        people.retainAll(rounds.raters(user.organisationId(), id).stream().map(Rater::personId).toList());
        String note = RoundsController.text(request.getParameter("note-" + code));
        if (rating == null) {
            return resultsPage.show(user, id, FormErrors.of("agreed-" + code, "Choose the rating the group agreed for " + code), model);
        }
        if (people.isEmpty()) {
            return resultsPage.show(user, id, FormErrors.of("agreedBy-" + code, "Tick who agreed the rating for " + code), model);
        }
        if (!AssessmentLimits.AGREED_NOTE.allows(note)) {
            model.addAttribute("typed", note);
            return resultsPage.show(user, id, FormErrors.of("note-" + code, AssessmentLimits.AGREED_NOTE.tooLong(note)), model);
        }
        agreements.agree(user.organisationId(), id, code, rating, note, people, user.personId());
        redirect.addFlashAttribute("notice", "The agreed rating for " + code + " is saved");
        return "redirect:/assessment/rounds/" + id + "/results#agreed-" + code;
    }

    @PostMapping("/assessment/rounds/{id}/actions")
    String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Round round = rounds.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        Framework framework = service.framework(user.organisationId(), round);
        String what = RoundsController.text(request.getParameter("what"));
        Long owner = ids(request.getParameterValues("owner")).stream().findFirst().orElse(null);
        String code = RoundsController.text(request.getParameter("about"));
        DateField due = DateField.parse(request.getParameter("dueDay"), request.getParameter("dueMonth"), request.getParameter("dueYear"),
                "the day it is due");
        java.util.List<FormErrors.Error> problems = new java.util.ArrayList<>();
        if (what == null) {
            problems.add(new FormErrors.Error("what", "Say what will be done"));
        } else {
            AssessmentLimits.ACTION.check("what", what, problems);
        }
        if (owner == null || register.find(user.organisationId(), owner).isEmpty()) {
            problems.add(new FormErrors.Error("owner", "Choose who will do it"));
        }
        if (due.missing()) {
            problems.add(new FormErrors.Error("due", "Enter the day it should be done by"));
        } else if (due.error() != null) {
            problems.add(new FormErrors.Error("due", due.error()));
        }
        if (code != null && framework.indicators().stream().noneMatch(i -> i.code().equals(code))) {
            problems.add(new FormErrors.Error("about", "Choose one of the framework's indicators, or none"));
        }
        if (!problems.isEmpty()) {
            model.addAttribute("actionForm", new ActionForm(what, owner == null ? null : String.valueOf(owner), code, due));
            return resultsPage.show(user, id, FormErrors.of(problems), model);
        }
        agreements.addAction(user.organisationId(), id, code, what, owner, due.date(), user.personId());
        redirect.addFlashAttribute("notice", "The action is added to the plan");
        return "redirect:/assessment/rounds/" + id + "/results#actions";
    }

    @PostMapping("/assessment/rounds/{id}/actions/{actionId}/done")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long actionId, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        rounds.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        String note = RoundsController.text(request.getParameter("doneNote-" + actionId));
        if (note == null || !AssessmentLimits.DONE_NOTE.allows(note)) {
            model.addAttribute("typed", note);
            return resultsPage.show(user, id, FormErrors.of("doneNote-" + actionId, note == null
                    ? "Say what was done, so everyone can see the difference it made" : AssessmentLimits.DONE_NOTE.tooLong(note)), model);
        }
        if (!agreements.markDone(user.organisationId(), id, actionId, note)) {
            redirect.addFlashAttribute("problem", "That action is already marked done");
        } else {
            redirect.addFlashAttribute("notice", "Marked done");
        }
        return "redirect:/assessment/rounds/" + id + "/results#actions";
    }

    private static Set<Long> ids(String[] values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values == null ? new String[0] : values) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException notANumber) {
                // a tampered form: the value is ignored
            }
        }
        return ids;
    }
}
