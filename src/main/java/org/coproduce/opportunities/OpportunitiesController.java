package org.coproduce.opportunities;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.writing.WritingCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's side of getting involved: writing opportunities, and choosing from the people interested. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class OpportunitiesController {

    private static final String CHANGED_SINCE_PREVIEW = "Someone changed it after you opened it. Check the preview again, then publish";

    private final OpportunityRepository opportunities;
    private final Interests interests;
    private final Organisations organisations;
    private final Register register;
    private final WritingCheck check;

    OpportunitiesController(OpportunityRepository opportunities, Interests interests, Organisations organisations,
            Register register, WritingCheck check) {
        this.check = check;
        this.opportunities = opportunities;
        this.interests = interests;
        this.organisations = organisations;
        this.register = register;
    }

    @GetMapping("/opportunities")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("opportunities", opportunities.all(user.organisationId()));
        model.addAttribute("counts", opportunities.interestCounts(user.organisationId()));
        model.addAttribute("today", today());
        model.addAttribute("slug", organisations.get(user.organisationId()).slug());
        return "opportunities/list";
    }

    @GetMapping("/opportunities/new")
    String newForm(Model model) {
        return form(null, OpportunityForm.empty(), null, false, FormErrors.none(), model);
    }

    /** Keeps it as a draft for the coordinator to preview: nobody outside sees it until it is published. */
    @PostMapping("/opportunities/new")
    String add(@AuthenticationPrincipal CurrentUser user, OpportunityForm form, Model model) {
        List<FormErrors.Error> problems = form.problems(today());
        if (!problems.isEmpty()) {
            return form(null, form, null, false, FormErrors.of(problems), model);
        }
        return "redirect:/opportunities/" + opportunities.add(user.organisationId(), form);
    }

    @GetMapping("/opportunities/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Opportunity opportunity = opportunity(user, id);
        OpportunityForm form = OpportunityForm.of(opportunity);
        return form(opportunity, form, OpportunityChecks.of(check, user.organisationId(), form), false, FormErrors.none(), model);
    }

    /** A draft is saved for another preview; a published one changes on the public page at once, so it is checked first. */
    @PostMapping("/opportunities/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, OpportunityForm form,
            @RequestParam(required = false) Boolean publishAnyway, Model model, RedirectAttributes redirect) {
        Opportunity opportunity = opportunity(user, id);
        List<FormErrors.Error> problems = form.problems(today());
        if (!problems.isEmpty()) {
            return form(opportunity, form, null, false, FormErrors.of(problems), model);
        }
        if (opportunity.published()) {
            OpportunityChecks checks = OpportunityChecks.of(check, user.organisationId(), form);
            if (checks.needWarning() && !Boolean.TRUE.equals(publishAnyway)) {
                return form(opportunity, form, checks, true, FormErrors.none(), model);
            }
            recordIfPublishedAnyway(user, form.title(), checks);
            redirect.addFlashAttribute("notice", "Saved");
        }
        opportunities.update(user.organisationId(), id, form);
        return "redirect:/opportunities/" + id;
    }

    /** Publishes the draft as previewed: one changed since, by someone else, is shown again first. */
    @PostMapping("/opportunities/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Boolean publishAnyway, @RequestParam(required = false) Long previewed,
            RedirectAttributes redirect) {
        Opportunity opportunity = opportunity(user, id);
        if (opportunity.published()) {
            return "redirect:/opportunities/" + id;
        }
        if (previewed != null && opportunity.updatedAt().toEpochMilli() != previewed) {
            redirect.addFlashAttribute("problem", CHANGED_SINCE_PREVIEW);
            return "redirect:/opportunities/" + id;
        }
        if (opportunity.closesOn().isBefore(today())) {
            redirect.addFlashAttribute("problem", "Its closing date has passed. Change the closing date before you publish it");
            return "redirect:/opportunities/" + id;
        }
        OpportunityChecks checks = OpportunityChecks.of(check, user.organisationId(), OpportunityForm.of(opportunity));
        if (checks.needWarning() && !Boolean.TRUE.equals(publishAnyway)) {
            redirect.addFlashAttribute("problem", "Some of it may be hard for people to read. Make it plainer, or choose \"Publish anyway\"");
            return "redirect:/opportunities/" + id;
        }
        if (!opportunities.publish(user.organisationId(), id, previewed)) {
            if (!opportunity(user, id).published()) {
                redirect.addFlashAttribute("problem", CHANGED_SINCE_PREVIEW);
            }
            return "redirect:/opportunities/" + id;
        }
        recordIfPublishedAnyway(user, opportunity.title(), checks);
        redirect.addFlashAttribute("notice", "Published: anyone can say they are interested until " + Dates.date(opportunity.closesOn()));
        return "redirect:/opportunities/" + id;
    }

    @PostMapping("/opportunities/{id}/delete")
    String deleteDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Opportunity opportunity = opportunity(user, id);
        if (!opportunities.deleteDraft(user.organisationId(), id)) {
            redirect.addFlashAttribute("problem", "It has been published, so it cannot be deleted. Close it instead");
            return "redirect:/opportunities/" + id;
        }
        redirect.addFlashAttribute("notice", "Deleted the draft \"" + opportunity.title() + "\"");
        return "redirect:/opportunities";
    }

    @PostMapping("/opportunities/{id}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        opportunity(user, id);
        opportunities.close(user.organisationId(), id);
        redirect.addFlashAttribute("notice", "Closed: it is no longer on the public page");
        return "redirect:/opportunities/" + id;
    }

    /** Opens it again, for example when too few people came forward; a past closing date needs changing first. */
    @PostMapping("/opportunities/{id}/reopen")
    String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Opportunity opportunity = opportunity(user, id);
        if (opportunity.closesOn().isBefore(today())) {
            redirect.addFlashAttribute("problem", "Its closing date has passed. Change the closing date to open it again");
            return "redirect:/opportunities/" + id;
        }
        opportunities.reopen(user.organisationId(), id);
        redirect.addFlashAttribute("notice", "Open again: it is on the public page until " + Dates.date(opportunity.closesOn()));
        return "redirect:/opportunities/" + id;
    }

    @GetMapping("/opportunities/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Opportunity opportunity = opportunity(user, id);
        List<Interest> all = opportunities.interests(user.organisationId(), id);
        Map<InvolvementRole, Integer> chosenBy = new EnumMap<>(InvolvementRole.class);
        for (InvolvementRole role : InterestForm.DESCRIPTIONS) {
            chosenBy.put(role, (int) all.stream().filter(Interest::chosen).filter(i -> i.describesThem().contains(role)).count());
        }
        List<Person> everyone = register.everyoneCurrent(user.organisationId());
        Map<Long, Person> lookalikes = new HashMap<>();
        for (Interest interest : all) {
            if (!interest.inRegister()) {
                interests.lookalike(interest, everyone).ifPresent(p -> lookalikes.put(interest.id(), p));
            }
        }
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("interests", all);
        model.addAttribute("lookalikes", lookalikes);
        model.addAttribute("chosenBy", chosenBy);
        model.addAttribute("chosen", all.stream().filter(Interest::chosen).count());
        model.addAttribute("open", opportunity.open(today()));
        model.addAttribute("checks", opportunity.published() ? null
                : OpportunityChecks.of(check, user.organisationId(), OpportunityForm.of(opportunity)));
        model.addAttribute("slug", organisations.get(user.organisationId()).slug());
        return "opportunities/opportunity";
    }

    @PostMapping("/opportunities/{id}/interests/{interestId}/choice")
    String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long interestId,
            @RequestParam(required = false) Interest.Choice choice, RedirectAttributes redirect) {
        opportunity(user, id);
        Interest interest = opportunities.interest(user.organisationId(), id, interestId).orElseThrow(NotFoundException::new);
        opportunities.choose(user.organisationId(), interestId, choice);
        redirect.addFlashAttribute("notice", choice == Interest.Choice.CHOSEN ? interest.name() + " is chosen"
                : choice == Interest.Choice.NOT_CHOSEN ? interest.name() + " is not chosen this time" : "Undone for " + interest.name());
        return "redirect:/opportunities/" + id + "#interest-" + interestId;
    }

    @PostMapping("/opportunities/{id}/interests/{interestId}/register")
    String addToRegister(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long interestId) {
        Opportunity opportunity = opportunity(user, id);
        Interest interest = opportunities.interest(user.organisationId(), id, interestId).orElseThrow(NotFoundException::new);
        try {
            return "redirect:/people/" + interests.addToRegister(user, opportunity, interest);
        } catch (Interests.AlreadyAdded added) {
            return "redirect:/people/" + added.personId;
        }
    }

    @PostMapping("/opportunities/{id}/interests/{interestId}/link")
    String link(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long interestId,
            @RequestParam long personId) {
        Opportunity opportunity = opportunity(user, id);
        Interest interest = opportunities.interest(user.organisationId(), id, interestId).orElseThrow(NotFoundException::new);
        try {
            interests.linkToSomeoneInTheRegister(user, opportunity, interest, personId);
            return "redirect:/people/" + personId;
        } catch (Interests.AlreadyAdded added) {
            return "redirect:/people/" + added.personId;
        }
    }

    private void recordIfPublishedAnyway(CurrentUser user, String title, OpportunityChecks checks) {
        if (checks.needWarning()) {
            check.recordPublishedDespiteWarning(user, "Opportunity: " + title, checks.worst());
        }
    }

    private String form(Opportunity opportunity, OpportunityForm form, OpportunityChecks checks, boolean warn, FormErrors errors,
            Model model) {
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("form", form);
        model.addAttribute("checks", checks);
        model.addAttribute("warn", warn);
        model.addAttribute("errors", errors);
        return "opportunities/form";
    }

    private Opportunity opportunity(CurrentUser user, long id) {
        return opportunities.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }
}
