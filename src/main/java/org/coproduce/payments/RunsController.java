package org.coproduce.payments;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.web.DateField;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payment runs: finance gathers approved claims, exports them for the finance system and marks them paid. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
class RunsController {

    private final PaymentRuns payments;
    private final PaymentRunRepository runs;
    private final PaymentsRepository claims;
    private final ExpensesRepository expenses;
    private final PaymentSettings settings;

    RunsController(PaymentRuns payments, PaymentRunRepository runs, PaymentsRepository claims, ExpensesRepository expenses,
            PaymentSettings settings) {
        this.payments = payments;
        this.runs = runs;
        this.claims = claims;
        this.expenses = expenses;
        this.settings = settings;
    }

    @GetMapping("/payments/runs")
    String runs(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<FeeClaim> waiting = claims.claimsWithStatus(user.organisationId(), ClaimStatus.APPROVED).stream()
                .filter(c -> c.choice() != PaymentChoice.EXPENSES_ONLY).toList();
        List<ExpenseClaim> waitingExpenses = expenses.withStatus(user.organisationId(), ClaimStatus.APPROVED);
        model.addAttribute("waiting", waiting.size() + waitingExpenses.size());
        model.addAttribute("waitingFeesPence", waiting.stream().mapToLong(FeeClaim::amountPence).sum());
        model.addAttribute("waitingExpensesPence", waitingExpenses.stream().mapToLong(ExpenseClaim::amountPence).sum());
        model.addAttribute("runs", runs.runs(user.organisationId()));
        model.addAttribute("canPay", user.has(Role.FINANCE));
        model.addAttribute("promise", settings.promiseDays(user.organisationId()));
        model.addAttribute("speed", settings.recentDaysToPay(user.organisationId()));
        model.addAttribute("errors", FormErrors.none());
        return "payments/runs";
    }

    @PostMapping("/payments/promise")
    String promise(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String days, Model model,
            RedirectAttributes redirect) {
        Integer value;
        try {
            value = days == null ? null : Integer.valueOf(days.trim());
        } catch (NumberFormatException notANumber) {
            value = null;
        }
        if (value == null || value < 1 || value > 90) {
            runs(user, model);
            model.addAttribute("errors", FormErrors.of("days", "Enter the number of days as a whole number from 1 to 90, like 14"));
            return "payments/runs";
        }
        settings.setPromiseDays(user.organisationId(), value, user.personId());
        redirect.addFlashAttribute("notice", "Saved: people will be paid within " + value + " days of a session");
        return "redirect:/payments/runs";
    }

    @PostMapping("/payments/runs")
    @PreAuthorize("hasRole('FINANCE')")
    String create(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            long run = payments.createRun(user);
            redirect.addFlashAttribute("notice", "Payment run " + run + " is ready. Download it for the finance system, then mark it paid");
            return "redirect:/payments/runs/" + run;
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return "redirect:/payments/runs";
        }
    }

    @GetMapping("/payments/runs/{id}")
    String run(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return runPage(user, id, DateField.of(today()), FormErrors.none(), model);
    }

    @GetMapping("/payments/runs/{id}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        PaymentRun run = runs.run(user.organisationId(), id).orElseThrow(NotFoundException::new);
        byte[] body = PaymentExport.csv(run, runs.lines(user.organisationId(), id)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment-run-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/payments/runs/{id}.xlsx")
    ResponseEntity<byte[]> excel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        PaymentRun run = runs.run(user.organisationId(), id).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment-run-" + id + ".xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(PaymentExport.excel(run, runs.lines(user.organisationId(), id)));
    }

    @PostMapping("/payments/runs/{id}/paid")
    @PreAuthorize("hasRole('FINANCE')")
    String markPaid(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String paidOnDay,
            @RequestParam(required = false) String paidOnMonth, @RequestParam(required = false) String paidOnYear, Model model,
            RedirectAttributes redirect) {
        PaymentRun run = runs.run(user.organisationId(), id).orElseThrow(NotFoundException::new);
        DateField paidOn = DateField.parse(paidOnDay, paidOnMonth, paidOnYear, "the day it was paid");
        // A run already paid is refused by the service, whatever day was typed.
        String problem = run.paid() ? null
                : paidOn.missing() ? "Enter the day the money was paid"
                : paidOn.error() != null ? paidOn.error()
                : run.problemWithPaidOn(paidOn.date(), today());
        if (problem != null) {
            return runPage(user, id, paidOn, FormErrors.of("paidOn", problem), model);
        }
        try {
            int paid = payments.markPaid(user, id, paidOn.date());
            redirect.addFlashAttribute("notice", (paid == 1 ? "1 claim is" : paid + " claims are")
                    + " paid and in the ledger. Each person has been sent a statement");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/payments/runs/" + id;
    }

    @PostMapping("/payments/ledger/{entryId}/reverse")
    @PreAuthorize("hasRole('FINANCE')")
    String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId, @RequestParam(required = false) Long run,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String typed = request.getParameter("reason-" + entryId);
        String reason = typed == null || typed.isBlank() ? null : typed.strip();
        LedgerEntry entry = runs.entry(user.organisationId(), entryId).orElseThrow(NotFoundException::new);
        if (reason == null || !PaymentLimits.REVERSAL_REASON.allows(reason)) {
            model.addAttribute("typed", reason);
            return runPage(user, entry.runId(), DateField.of(today()), FormErrors.of("reason-" + entryId, reason == null
                    ? "Say why the payment is being reversed" : PaymentLimits.REVERSAL_REASON.tooLong(reason)), model);
        }
        try {
            payments.reverse(user, entryId, reason);
            redirect.addFlashAttribute("notice", "The payment is reversed. The ledger keeps both lines, with your reason");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/payments/runs/" + entry.runId();
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }

    private String runPage(CurrentUser user, long id, DateField paidOn, FormErrors errors, Model model) {
        PaymentRun run = runs.run(user.organisationId(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("run", run);
        model.addAttribute("paidOn", paidOn);
        model.addAttribute("lines", runs.lines(user.organisationId(), id));
        model.addAttribute("ledger", runs.ledger(user.organisationId()).stream().filter(e -> e.runId() != null && e.runId() == id).toList());
        model.addAttribute("canPay", user.has(Role.FINANCE));
        model.addAttribute("errors", errors);
        return "payments/run";
    }
}
