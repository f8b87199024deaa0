package org.coproduce.feedback;

import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
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
 * The coordinator's list of feedback and each piece of it. Only coordinators see feedback: it holds the contact
 * details of members of the public, who gave them so that the co-production lead could reply, not to the whole staff.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FeedbackController {

    private final FeedbackRepository feedback;
    private final FeedbackTracking tracking;
    private final FeedbackViews views;
    private final Organisations organisations;

    FeedbackController(FeedbackRepository feedback, FeedbackTracking tracking, FeedbackViews views, Organisations organisations) {
        this.feedback = feedback;
        this.organisations = organisations;
        this.tracking = tracking;
        this.views = views;
    }

    @GetMapping("/feedback")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status, Model model) {
        FeedbackStatus shown = status(status);
        List<FeedbackRow> rows = feedback.list(user.organisationId(), shown).stream()
                .map(piece -> new FeedbackRow(piece, piece.responded() ? null : views.deadline(piece)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("status", shown);
        model.addAttribute("promise", feedback.promise(user.organisationId()));
        model.addAttribute("publicPage", "/public/" + organisations.get(user.organisationId()).slug());
        return "feedback/list";
    }

    @GetMapping("/feedback/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return views.detail(user, id, model);
    }

    @PostMapping("/feedback/{id}/looking")
    String looking(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tracking.lookAt(user, id);
        redirect.addFlashAttribute("notice", "It now says we are looking at this feedback");
        return "redirect:/feedback/" + id;
    }

    private static FeedbackStatus status(String status) {
        for (FeedbackStatus value : FeedbackStatus.values()) {
            if (value.name().equals(status)) {
                return value;
            }
        }
        return null;
    }
}
