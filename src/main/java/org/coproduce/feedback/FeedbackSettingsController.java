package org.coproduce.feedback;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The promise: how many working days the organisation takes, at most, to reply to feedback. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FeedbackSettingsController {

    private final FeedbackRepository feedback;

    FeedbackSettingsController(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback/settings")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(String.valueOf(feedback.promise(user.organisationId())), FormErrors.none(), model);
    }

    @PostMapping("/feedback/settings")
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String promise, Model model,
            RedirectAttributes redirect) {
        Integer days = null;
        try {
            days = promise == null ? null : Integer.valueOf(promise);
        } catch (NumberFormatException e) {
            // Shown as an error below.
        }
        if (days == null || days < 1 || days > 60) {
            return form(promise, FormErrors.of("promise", "Enter a number of working days from 1 to 60"), model);
        }
        feedback.setPromise(user.organisationId(), days, user.personId());
        redirect.addFlashAttribute("notice", "We now promise to reply within " + days + " working days. "
                + "Feedback already received keeps the date it was given");
        return "redirect:/feedback";
    }

    private String form(String promise, FormErrors errors, Model model) {
        model.addAttribute("promise", promise);
        model.addAttribute("errors", errors);
        return "feedback/settings";
    }
}
