package org.coproduce.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How long the organisation keeps each kind of personal data that Coproduce can remove on its own. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class RetentionController {

    static final int MOST_MONTHS = 240;

    private final RetentionSettings settings;
    private final AuditLog audit;

    RetentionController(RetentionSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/privacy/retention")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        settings.of(user.organisationId()).forEach((kind, months) -> typed.put(kind.name(), months == null ? "" : String.valueOf(months)));
        return page(typed, FormErrors.none(), model);
    }

    @PostMapping("/privacy/retention")
    @Transactional
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<RetentionKind, Integer> chosen = new LinkedHashMap<>();
        List<FormErrors.Error> problems = new ArrayList<>();
        for (RetentionKind kind : RetentionKind.values()) {
            String text = form.getOrDefault(kind.name(), "").strip();
            typed.put(kind.name(), text);
            if (text.isEmpty()) {
                chosen.put(kind, null);
                continue;
            }
            try {
                int months = Integer.parseInt(text);
                if (months < kind.fewestMonths() || months > MOST_MONTHS) {
                    problems.add(new FormErrors.Error(kind.name(), "Enter a number of months from " + kind.fewestMonths() + " to " + MOST_MONTHS));
                } else {
                    chosen.put(kind, months);
                }
            } catch (NumberFormatException e) {
                problems.add(new FormErrors.Error(kind.name(), "Enter a whole number of months, like 12, or leave it empty"));
            }
        }
        if (chosen.get(RetentionKind.AUDIT_LOG) == null && problems.stream().noneMatch(p -> p.field().equals(RetentionKind.AUDIT_LOG.name()))) {
            problems.add(new FormErrors.Error(RetentionKind.AUDIT_LOG.name(), "Enter how many months to keep the audit log: it cannot be kept for ever"));
        }
        if (!problems.isEmpty()) {
            return page(typed, FormErrors.of(problems), model);
        }
        Map<RetentionKind, Integer> before = settings.of(user.organisationId());
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        chosen.forEach((kind, months) -> {
            settings.save(user.organisationId(), kind, months);
            was.put(kind.name(), Retention.months(before.get(kind)));
            now.put(kind.name(), Retention.months(months));
        });
        audit.changedSetting(user, Topic.RETENTION, "How long we keep people's information", was, now);
        redirect.addFlashAttribute("notice", "Saved. Coproduce removes what is older each night");
        return "redirect:/privacy/retention";
    }

    private String page(Map<String, String> typed, FormErrors errors, Model model) {
        model.addAttribute("kinds", List.of(RetentionKind.values()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "privacy/retention";
    }
}
