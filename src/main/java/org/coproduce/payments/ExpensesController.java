package org.coproduce.payments;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.Money;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Expenses: a partner claims what they spent in two short steps from their phone; a coordinator approves or asks a
 * question; receipts are seen only by the person, coordinators and finance.
 */
@Controller
class ExpensesController {

    private final ExpensesRepository expenses;
    private final ExpenseClaims claims;
    private final PaymentSettings settings;
    private final Labels labels;

    ExpensesController(ExpensesRepository expenses, ExpenseClaims claims, PaymentSettings settings, Labels labels) {
        this.expenses = expenses;
        this.claims = claims;
        this.settings = settings;
        this.labels = labels;
    }

    @GetMapping("/your-payments/expenses/new")
    String chooseKind(HttpServletRequest request, Model model) {
        return kindPage(easyRead(request), FormErrors.none(), model);
    }

    @GetMapping("/your-payments/expenses/details")
    String details(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String kind, HttpServletRequest request,
            Model model) {
        ExpenseKind chosen = kind(kind);
        if (chosen == null) {
            return kindPage(easyRead(request), FormErrors.of("kind", "Choose what you want to claim for"), model);
        }
        return detailsPage(user, ExpenseForm.of(chosen), easyRead(request), FormErrors.none(), false, model);
    }

    @PostMapping("/your-payments/expenses")
    String claim(@AuthenticationPrincipal CurrentUser user, ExpenseForm form,
            @RequestParam(name = "receipt", required = false) List<MultipartFile> files, HttpServletRequest request, Model model,
            RedirectAttributes redirect) throws IOException {
        if (form.kind() == null) {
            return kindPage(easyRead(request), FormErrors.of("kind", "Choose what you want to claim for"), model);
        }
        List<FormErrors.Error> problems = new ArrayList<>();
        ExpenseForm.Checked checked = form.check(expenses.sessionsCameTo(user.organisationId(), user.personId()),
                settings.pencePerMile(user.organisationId()), LocalDate.now(Dates.LONDON), problems);
        List<ReceiptFile> receipts = new ArrayList<>();
        boolean attached = false;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            attached = true;
            ReceiptFile.Checked receipt = ReceiptFile.check(file.getOriginalFilename(), file.getBytes());
            if (receipt instanceof ReceiptFile.Fine fine) {
                receipts.add(fine.receipt());
            } else if (receipt instanceof ReceiptFile.Wrong wrong) {
                problems.add(new FormErrors.Error("receipt", wrong.message()));
            }
        }
        if (!problems.isEmpty()) {
            return detailsPage(user, form, easyRead(request), FormErrors.of(problems), attached, model);
        }
        claims.claim(user, user.personId(), checked, receipts);
        redirect.addFlashAttribute("notice", "Sent: your claim for " + Money.pounds(checked.amountPence())
                + ". A coordinator will check it, and you will see here when it is paid");
        return "redirect:/your-payments" + (easyRead(request) ? "?easy-read" : "");
    }

    @PostMapping("/your-payments/expenses/{expenseId}/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long expenseId, RedirectAttributes redirect) {
        if (!expenses.withdraw(user.organisationId(), user.personId(), expenseId)) {
            redirect.addFlashAttribute("problem", "That claim has already been approved, so it cannot be taken back here. Talk to your coordinator");
            return "redirect:/your-payments";
        }
        redirect.addFlashAttribute("notice", "Your claim is taken back. It will not be paid");
        return "redirect:/your-payments";
    }

    @GetMapping("/your-payments/expenses/{expenseId}/receipts/{receiptId}")
    ResponseEntity<byte[]> ownReceipt(@AuthenticationPrincipal CurrentUser user, @PathVariable long expenseId, @PathVariable long receiptId) {
        return download(expenses.receipt(user.organisationId(), expenseId, receiptId, user.personId()).orElseThrow(NotFoundException::new));
    }

    @GetMapping("/payments/expenses/{expenseId}/receipts/{receiptId}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'FINANCE')")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser user, @PathVariable long expenseId, @PathVariable long receiptId) {
        return download(expenses.receipt(user.organisationId(), expenseId, receiptId, null).orElseThrow(NotFoundException::new));
    }

    private String kindPage(boolean easyRead, FormErrors errors, Model model) {
        model.addAttribute("kinds", easyRead ? easyReadKinds() : labels.options(ExpenseKind.class));
        model.addAttribute("easyRead", easyRead);
        model.addAttribute("errors", errors);
        return "payments/expenseKind";
    }

    private String detailsPage(CurrentUser user, ExpenseForm form, boolean easyRead, FormErrors errors, boolean chooseReceiptAgain,
            Model model) {
        List<Option> sessions = expenses.sessionsCameTo(user.organisationId(), user.personId()).stream()
                .map(s -> new Option(String.valueOf(s.id()), s.title() + ", " + Dates.date(s.day()), ""))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("kindLabel", labels.of(form.kind()));
        model.addAttribute("sessions", sessions);
        model.addAttribute("pencePerMile", settings.pencePerMile(user.organisationId()));
        model.addAttribute("easyRead", easyRead);
        model.addAttribute("errors", errors);
        model.addAttribute("chooseReceiptAgain", chooseReceiptAgain && !errors.has("receipt"));
        return "payments/expenseDetails";
    }

    private List<Option> easyReadKinds() {
        return java.util.Arrays.stream(ExpenseKind.values())
                .map(kind -> new Option(kind.name(), labels.text("ExpenseKind." + kind.name() + ".easyRead"), ""))
                .toList();
    }

    private static ExpenseKind kind(String value) {
        try {
            return value == null ? null : ExpenseKind.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean easyRead(HttpServletRequest request) {
        return request.getParameterMap().containsKey("easy-read");
    }

    private static ResponseEntity<byte[]> download(ReceiptFile receipt) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(receipt.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
                .contentType(MediaType.parseMediaType(receipt.contentType()))
                .body(receipt.content());
    }
}
