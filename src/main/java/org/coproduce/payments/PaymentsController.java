package org.coproduce.payments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
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

/** Rate cards and fee claims for coordinators and finance; "Your payments" for everyone, about their own claims. */
@Controller
class PaymentsController {

    private final PaymentsRepository payments;
    private final ExpensesRepository expenses;
    private final PaymentRunRepository runs;
    private final PaymentSettings settings;
    private final BenefitSafeguard benefits;
    private final ClaimDecisions decisions;
    private final RateChanges rateChanges;
    private final MoneyAudit audit;
    private final Labels labels;

    PaymentsController(PaymentsRepository payments, ExpensesRepository expenses, PaymentRunRepository runs, PaymentSettings settings,
            BenefitSafeguard benefits, ClaimDecisions decisions, RateChanges rateChanges, MoneyAudit audit, Labels labels) {
        this.payments = payments;
        this.decisions = decisions;
        this.rateChanges = rateChanges;
        this.audit = audit;
        this.runs = runs;
        this.expenses = expenses;
        this.benefits = benefits;
        this.settings = settings;
        this.labels = labels;
    }

    @GetMapping("/payments/rates")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
    String rates(@AuthenticationPrincipal CurrentUser user, Model model) {
        return ratesPage(user, RateForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/payments/rates")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
    String addRate(@AuthenticationPrincipal CurrentUser user, RateForm form, Model model, RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        PayRate rate = form.rate(problems);
        if (rate != null && payments.rateStartsOn(user.organisationId(), rate.activity(), rate.effectiveFrom())) {
            problems.add(new FormErrors.Error("from", "A rate for " + labels.of(rate.activity()).toLowerCase(java.util.Locale.UK)
                    + " already starts on that day. Choose another day: rates are never changed once set, so that past claims stay right"));
        }
        if (!problems.isEmpty()) {
            return ratesPage(user, form, FormErrors.of(problems), model);
        }
        rateChanges.addRate(user, rate);
        redirect.addFlashAttribute("notice", "The new rate for " + labels.of(rate.activity()).toLowerCase(java.util.Locale.UK) + " is saved");
        return "redirect:/payments/rates";
    }

    @PostMapping("/payments/mileage")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
    String mileage(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String pence, Model model,
            RedirectAttributes redirect) {
        Integer value;
        try {
            value = pence == null ? null : Integer.valueOf(pence.strip().replace("p", ""));
        } catch (NumberFormatException notANumber) {
            value = null;
        }
        if (value == null || value < 0 || value > 200) {
            ratesPage(user, RateForm.empty(), FormErrors.of("pence", "Enter the mileage rate as a whole number of pence from 0 to 200, like 45"), model);
            model.addAttribute("typedPence", pence);
            return "payments/rates";
        }
        rateChanges.setPencePerMile(user, value);
        redirect.addFlashAttribute("notice", "Saved: mileage is paid back at " + value + "p a mile from now on");
        return "redirect:/payments/rates";
    }

    @GetMapping("/payments/claims")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
    String claims(@AuthenticationPrincipal CurrentUser user, Model model) {
        return claimsPage(user, FormErrors.none(), model);
    }

    @PostMapping("/payments/claims/{claimId}/approve")
    @PreAuthorize("hasRole('COORDINATOR')")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long claimId, RedirectAttributes redirect) {
        try {
            benefits.approve(user, claimId);
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/payments/claims";
        }
        redirect.addFlashAttribute("notice", "Approved. It is ready for the next payment run");
        return "redirect:/payments/claims";
    }

    @PostMapping("/payments/claims/{claimId}/query")
    @PreAuthorize("hasRole('COORDINATOR')")
    String query(@AuthenticationPrincipal CurrentUser user, @PathVariable long claimId, jakarta.servlet.http.HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        String reason = question(request, "reason-" + claimId);
        if (questionProblem(reason) != null) {
            model.addAttribute("typed", reason);
            return claimsPage(user, FormErrors.of("reason-" + claimId, questionProblem(reason)), model);
        }
        if (!decisions.queryFee(user, claimId, reason)) {
            redirect.addFlashAttribute("problem", "That claim has already been decided, or is not one of yours to decide");
            return "redirect:/payments/claims";
        }
        redirect.addFlashAttribute("notice", "Queried. The person can read your question on their Your payments page");
        return "redirect:/payments/claims";
    }

    @PostMapping("/payments/expenses/{expenseId}/approve")
    @PreAuthorize("hasRole('COORDINATOR')")
    String approveExpense(@AuthenticationPrincipal CurrentUser user, @PathVariable long expenseId, RedirectAttributes redirect) {
        if (!decisions.decideExpense(user, expenseId, ClaimStatus.APPROVED, null)) {
            redirect.addFlashAttribute("problem", "That expense has already been decided, or is not one of yours to decide");
        } else {
            redirect.addFlashAttribute("notice", "Expense approved. It is ready for the next payment run");
        }
        return "redirect:/payments/claims";
    }

    @PostMapping("/payments/expenses/{expenseId}/query")
    @PreAuthorize("hasRole('COORDINATOR')")
    String queryExpense(@AuthenticationPrincipal CurrentUser user, @PathVariable long expenseId, jakarta.servlet.http.HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        String reason = question(request, "expense-reason-" + expenseId);
        if (questionProblem(reason) != null) {
            model.addAttribute("typed", reason);
            return claimsPage(user, FormErrors.of("expense-reason-" + expenseId, questionProblem(reason)), model);
        }
        if (!decisions.decideExpense(user, expenseId, ClaimStatus.QUERIED, reason)) {
            redirect.addFlashAttribute("problem", "That expense has already been decided, or is not one of yours to decide");
        } else {
            redirect.addFlashAttribute("notice", "Queried. The person can read your question on their Your payments page");
        }
        return "redirect:/payments/claims";
    }

    @GetMapping("/your-payments")
    String yours(@AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request, Model model) {
        List<FeeClaim> claims = payments.claimsOf(user.organisationId(), user.personId());
        model.addAttribute("claims", claims);
        model.addAttribute("warnings", benefits.warnings(user.organisationId(),
                claims.stream().filter(c -> c.status() == ClaimStatus.DRAFT || c.status() == ClaimStatus.QUERIED).toList()));
        model.addAttribute("expenses", expenses.of(user.organisationId(), user.personId()));
        model.addAttribute("statement", runs.statement(user.organisationId(), user.personId()));
        model.addAttribute("preference", payments.preference(user.organisationId(), user.personId()).orElse(PaymentChoice.PAY));
        model.addAttribute("choiceOptions", labels.options(PaymentChoice.class));
        model.addAttribute("easyRead", request.getParameterMap().containsKey("easy-read"));
        return "payments/yours";
    }

    @PostMapping("/your-payments/preference")
    String prefer(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) PaymentChoice choice,
            RedirectAttributes redirect) {
        if (choice == null) {
            redirect.addFlashAttribute("problem", "Choose how you want to be paid");
            return "redirect:/your-payments";
        }
        payments.recordPreference(user.organisationId(), user.personId(), choice, user.personId());
        redirect.addFlashAttribute("notice", "Saved. From now on: " + labels.of(choice).toLowerCase(java.util.Locale.UK));
        return "redirect:/your-payments";
    }

    @PostMapping("/your-payments/{claimId}/choice")
    String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable long claimId, @RequestParam(required = false) PaymentChoice choice,
            RedirectAttributes redirect) {
        if (choice == null) {
            redirect.addFlashAttribute("problem", "Choose how you want to be paid for this session");
            return "redirect:/your-payments";
        }
        if (!payments.choose(user.organisationId(), user.personId(), claimId, choice)) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("notice", "Saved: " + labels.of(choice).toLowerCase(java.util.Locale.UK));
        return "redirect:/your-payments";
    }

    /** A coordinator's question about a claim, as typed, or null when nothing was typed. */
    private static String question(jakarta.servlet.http.HttpServletRequest request, String field) {
        String typed = request.getParameter(field);
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** What is wrong with a question, or null when it can be sent. */
    private static String questionProblem(String question) {
        if (question == null) {
            return "Say what the question is, in words the person can understand";
        }
        return PaymentLimits.QUESTION.allows(question) ? null : PaymentLimits.QUESTION.tooLong(question);
    }

    private String claimsPage(CurrentUser user, FormErrors errors, Model model) {
        List<FeeClaim> drafts = payments.claimsWithStatus(user.organisationId(), ClaimStatus.DRAFT);
        List<FeeClaim> queried = payments.claimsWithStatus(user.organisationId(), ClaimStatus.QUERIED);
        model.addAttribute("drafts", drafts);
        model.addAttribute("queried", queried);
        // Benefits are special category data: finance sees what to pay, never why a fee was changed.
        List<FeeClaim> waiting = java.util.stream.Stream.concat(drafts.stream(), queried.stream()).toList();
        Map<Long, List<BenefitWarning>> warnings = user.isCoordinator() ? benefits.warnings(user.organisationId(), waiting) : Map.of();
        // A warning says that the person gets a benefit.
        audit.benefitsShown(user, waiting.stream().filter(claim -> warnings.containsKey(claim.id())).map(FeeClaim::personId).toList(),
                "On the claims page");
        model.addAttribute("warnings", warnings);
        model.addAttribute("approved", payments.claimsWithStatus(user.organisationId(), ClaimStatus.APPROVED));
        model.addAttribute("expensesToCheck", expenses.withStatus(user.organisationId(), ClaimStatus.DRAFT));
        model.addAttribute("expensesQueried", expenses.withStatus(user.organisationId(), ClaimStatus.QUERIED));
        model.addAttribute("expensesApproved", expenses.withStatus(user.organisationId(), ClaimStatus.APPROVED));
        model.addAttribute("canDecide", user.isCoordinator());
        model.addAttribute("promise", settings.promiseDays(user.organisationId()));
        model.addAttribute("errors", errors);
        return "payments/claims";
    }

    private String ratesPage(CurrentUser user, RateForm form, FormErrors errors, Model model) {
        List<PayRate> all = payments.rates(user.organisationId());
        Map<PaidActivity, List<PayRate>> byActivity = all.stream().collect(Collectors.groupingBy(PayRate::activity,
                () -> new java.util.EnumMap<>(PaidActivity.class), Collectors.toList()));
        model.addAttribute("rates", byActivity);
        model.addAttribute("today", java.time.LocalDate.now(org.coproduce.web.Dates.LONDON));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("activityOptions", labels.options(PaidActivity.class));
        model.addAttribute("pencePerMile", settings.pencePerMile(user.organisationId()));
        return "payments/rates";
    }
}
