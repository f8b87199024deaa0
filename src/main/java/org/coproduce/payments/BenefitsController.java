package org.coproduce.payments;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.Money;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.coproduce.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Benefits and fees. A person tells us, only if they want to, about a benefit with an earnings rule; a coordinator can
 * record it with them. Choices about a fee over a limit are made here. Finance never reaches these pages.
 */
@Controller
class BenefitsController {

    private final BenefitsRepository benefits;
    private final BenefitLimits limits;
    private final BenefitSafeguard safeguard;
    private final EarningsRules earningsRules;
    private final MoneyAudit audit;
    private final Register register;
    private final Labels labels;

    BenefitsController(BenefitsRepository benefits, BenefitLimits limits, BenefitSafeguard safeguard, EarningsRules earningsRules,
            MoneyAudit audit, Register register, Labels labels) {
        this.benefits = benefits;
        this.earningsRules = earningsRules;
        this.audit = audit;
        this.limits = limits;
        this.safeguard = safeguard;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/your-payments/benefits")
    String yours(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, null, EarningsRuleForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/your-payments/benefits")
    String recordYours(@AuthenticationPrincipal CurrentUser user, EarningsRuleForm form, Model model, RedirectAttributes redirect) {
        return record(user, null, form, model, redirect);
    }

    @PostMapping("/your-payments/benefits/remove")
    String removeYours(@AuthenticationPrincipal CurrentUser user, @RequestParam BenefitRule rule, RedirectAttributes redirect) {
        earningsRules.remove(user, user.personId(), rule);
        redirect.addFlashAttribute("notice", "Removed: " + labels.of(rule));
        return "redirect:/your-payments/benefits";
    }

    @GetMapping("/payments/people/{personId}/benefits")
    @PreAuthorize("hasRole('COORDINATOR')")
    String theirs(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        return page(user, person(user, personId), EarningsRuleForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/payments/people/{personId}/benefits")
    @PreAuthorize("hasRole('COORDINATOR')")
    String recordTheirs(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, EarningsRuleForm form, Model model,
            RedirectAttributes redirect) {
        return record(user, person(user, personId), form, model, redirect);
    }

    @PostMapping("/payments/people/{personId}/benefits/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeTheirs(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, @RequestParam BenefitRule rule,
            RedirectAttributes redirect) {
        earningsRules.remove(user, person(user, personId).id(), rule);
        redirect.addFlashAttribute("notice", "Removed: " + labels.of(rule));
        return "redirect:/payments/people/" + personId + "/benefits";
    }

    @PostMapping("/your-payments/{claimId}/benefits-choice")
    String chooseYours(@AuthenticationPrincipal CurrentUser user, @PathVariable long claimId, @RequestParam(required = false) BenefitChoice choice,
            RedirectAttributes redirect) {
        if (choice == null) {
            redirect.addFlashAttribute("problem", "Choose what you want to do about the fee");
            return "redirect:/your-payments";
        }
        try {
            safeguard.choose(user, claimId, choice, false);
            redirect.addFlashAttribute("notice", "Saved: " + labels.of(choice).toLowerCase(java.util.Locale.UK) + ". You can talk to us about it at any time");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/your-payments";
    }

    @PostMapping("/payments/claims/{claimId}/benefits-choice")
    @PreAuthorize("hasRole('COORDINATOR')")
    String chooseTheirs(@AuthenticationPrincipal CurrentUser user, @PathVariable long claimId, @RequestParam(required = false) BenefitChoice choice,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (choice == null || !"yes".equals(request.getParameter("talked"))) {
            redirect.addFlashAttribute("problem", choice == null ? "Choose what the person has decided about the fee"
                    : "Only record a choice the person has made with you: tick the box to say you have talked it through");
            return "redirect:/payments/claims";
        }
        try {
            safeguard.choose(user, claimId, choice, true);
            redirect.addFlashAttribute("notice", "Their choice is recorded: " + labels.of(choice).toLowerCase(java.util.Locale.UK));
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/payments/claims";
    }

    @GetMapping("/payments/benefit-limits")
    @PreAuthorize("hasRole('COORDINATOR')")
    String limits(@AuthenticationPrincipal CurrentUser user, Model model) {
        return limitsPage(user, new LimitForm(null, null, null, null), FormErrors.none(), model);
    }

    @PostMapping("/payments/benefit-limits")
    @PreAuthorize("hasRole('COORDINATOR')")
    String enterLimit(@AuthenticationPrincipal CurrentUser user, LimitForm form, Model model, RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        BenefitsRepository.Entered figure = form.check(problems);
        if (figure == null) {
            return limitsPage(user, form, FormErrors.of(problems), model);
        }
        benefits.enter(user.organisationId(), figure, user.personId());
        redirect.addFlashAttribute("notice", "Saved: " + labels.of(figure.rule()) + " for " + TaxYear.name(figure.taxYear()));
        return "redirect:/payments/benefit-limits";
    }

    private String record(CurrentUser user, Person person, EarningsRuleForm form, Model model, RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        BenefitsRepository.Recorded recorded = form.check(problems);
        if (recorded == null) {
            return page(user, person, form, FormErrors.of(problems), model);
        }
        earningsRules.record(user, person == null ? user.personId() : person.id(), recorded);
        redirect.addFlashAttribute("notice", "Saved: " + labels.of(recorded.rule()) + ". Fees will be checked against it before they are paid");
        return person == null ? "redirect:/your-payments/benefits" : "redirect:/payments/people/" + person.id() + "/benefits";
    }

    private String page(CurrentUser user, Person person, EarningsRuleForm form, FormErrors errors, Model model) {
        long personId = person == null ? user.personId() : person.id();
        List<BenefitView> recorded = benefits.recorded(user.organisationId(), personId).stream()
                .map(r -> new BenefitView(r.rule(), labels.of(r.rule()), describe(user.organisationId(), r)))
                .toList();
        if (!recorded.isEmpty()) {
            audit.benefitsShown(user, List.of(personId), "On their benefits page");
        }
        model.addAttribute("personName", person == null ? null : person.displayName());
        model.addAttribute("action", person == null ? "/your-payments/benefits" : "/payments/people/" + person.id() + "/benefits");
        model.addAttribute("recorded", recorded);
        model.addAttribute("ruleOptions", labels.options(BenefitRule.class));
        model.addAttribute("weekdayOptions", weekdays());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "payments/benefits";
    }

    private String limitsPage(CurrentUser user, LimitForm form, FormErrors errors, Model model) {
        List<LimitView> figures = limits.all(user.organisationId()).stream()
                .map(f -> new LimitView(labels.of(f.figure().rule()), TaxYear.name(f.figure().taxYear()), Money.pounds(f.figure().limitPence())
                        + (f.figure().rule().period() == BenefitRule.Period.WEEK ? " a week" : " a month")
                        + (f.figure().taperPercent() == null ? "" : ", then " + f.figure().taperPercent() + "p off each £1 over"),
                        f.figure().source(), f.entered()))
                .toList();
        model.addAttribute("figures", figures);
        model.addAttribute("ruleOptions", labels.options(BenefitRule.class).stream().filter(o -> !o.value().equals(BenefitRule.OTHER_WEEKLY_LIMIT.name())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "payments/benefitLimits";
    }

    private String describe(long organisationId, BenefitsRepository.Recorded benefit) {
        String when = benefit.rule().period() == BenefitRule.Period.WEEK
                ? "Week starts on " + java.time.DayOfWeek.of(benefit.periodStarts()).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                : "Assessment period starts on day " + benefit.periodStarts() + " of the month";
        if (benefit.ownLimitPence() != null) {
            return "Own limit: " + Money.pounds(benefit.ownLimitPence()) + (benefit.rule().period() == BenefitRule.Period.WEEK ? " a week" : " a month")
                    + ". " + when + ".";
        }
        return limits.on(organisationId, benefit.rule(), java.time.LocalDate.now(org.coproduce.web.Dates.LONDON))
                .map(l -> "Limit " + Money.pounds(l.limitPence()) + (benefit.rule().period() == BenefitRule.Period.WEEK ? " a week" : " a month")
                        + " (" + l.taxYearName() + " figure). " + when + ".")
                .orElse("No limit has been set for this yet. " + when + ".");
    }

    private Person person(CurrentUser user, long personId) {
        return register.find(user.organisationId(), personId).orElseThrow(NotFoundException::new);
    }

    private static List<Option> weekdays() {
        List<Option> days = new ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            days.add(new Option(String.valueOf(day.getValue()), day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK), ""));
        }
        return days;
    }
}
