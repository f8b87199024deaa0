package org.coproduce.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.personaldata.Forgetting;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Option;
import org.coproduce.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Erasing someone who asked to be forgotten: the coordinator sees the dry run, gives the reason, and confirms. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ErasureController {

    private final Erasure erasure;
    private final PersonNames names;

    ErasureController(Erasure erasure, PersonNames names) {
        this.erasure = erasure;
        this.names = names;
    }

    @GetMapping("/privacy/erasure")
    String dryRun(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long personId, Model model) {
        return page(user, personId, DateField.of(Typed.today()), null, FormErrors.none(), model);
    }

    @PostMapping("/privacy/erasure")
    String erase(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        Long personId = Typed.number(form.get("personId"));
        String name = personId == null ? null : names.of(user.organisationId(), personId).orElse(null);
        DateField received = DateField.parse(form.get("receivedDay"), form.get("receivedMonth"), form.get("receivedYear"),
                "the day they asked");
        String reason = form.get("reason") == null ? "" : form.get("reason").strip();
        List<FormErrors.Error> problems = new ArrayList<>();
        if (name == null) {
            problems.add(new FormErrors.Error("personId", "Choose who to erase"));
        } else if (user.isPerson(personId)) {
            problems.add(new FormErrors.Error("personId", "You cannot erase yourself. Ask another coordinator to do it"));
        }
        if (received.missing()) {
            problems.add(new FormErrors.Error("received", "Enter the day they asked to be erased"));
        } else if (received.error() != null) {
            problems.add(new FormErrors.Error("received", received.error()));
        } else if (received.date().isAfter(Typed.today())) {
            problems.add(new FormErrors.Error("received", "The day they asked cannot be in the future"));
        }
        if (reason.isEmpty()) {
            problems.add(new FormErrors.Error("reason", "Say why they are being erased, such as how they asked"));
        } else {
            PrivacyLimits.ERASURE_REASON.check("reason", reason, problems);
        }
        if (!"yes".equals(form.get("sure"))) {
            problems.add(new FormErrors.Error("sure", "Tick the box to say this is the right person and they asked for it"));
        }
        if (problems.isEmpty()) {
            try {
                erasure.erase(user, personId, received.date(), reason);
                redirect.addFlashAttribute("notice", name + " has been erased from Coproduce. Their part in what must be kept is now anonymous");
                return "redirect:/privacy/requests";
            } catch (Refused refused) {
                problems.add(new FormErrors.Error("personId", refused.getMessage()));
            }
        }
        model.addAttribute("reason", reason);
        return page(user, name == null ? null : personId, received, reason, FormErrors.of(problems), model);
    }

    private String page(CurrentUser user, Long personId, DateField received, String reason, FormErrors errors, Model model) {
        String name = personId == null ? null : names.of(user.organisationId(), personId).orElse(null);
        model.addAttribute("people", names.everyone(user.organisationId()).entrySet().stream()
                .map(person -> new Option(String.valueOf(person.getKey()), person.getValue(), "")).toList());
        model.addAttribute("personId", name == null ? null : String.valueOf(personId));
        model.addAttribute("name", name);
        List<Forgetting.Consequence> plan = name == null ? List.of() : erasure.plan(user.organisationId(), personId);
        model.addAttribute("deleted", of(plan, Forgetting.Fate.DELETED));
        model.addAttribute("anonymised", of(plan, Forgetting.Fate.ANONYMISED));
        model.addAttribute("kept", of(plan, Forgetting.Fate.KEPT));
        model.addAttribute("received", received);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "privacy/erasure";
    }

    private static List<Forgetting.Consequence> of(List<Forgetting.Consequence> plan, Forgetting.Fate fate) {
        return plan.stream().filter(consequence -> consequence.fate() == fate).toList();
    }
}
