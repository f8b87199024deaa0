package org.coproduce.feedback;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Showing answered feedback on the public "you said, we did" page, only when the person agreed, in words the
 * coordinator can edit to take out anything that could identify someone; and taking it off again.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FeedbackPublicationController {

    private final FeedbackTracking tracking;
    private final FeedbackViews views;

    FeedbackPublicationController(FeedbackTracking tracking, FeedbackViews views) {
        this.tracking = tracking;
        this.views = views;
    }

    @PostMapping("/feedback/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String publicText, @RequestParam(required = false) String publicResponse, Model model,
            RedirectAttributes redirect) {
        Feedback piece = tracking.find(user, id);
        if (!piece.canBePublished()) {
            return "redirect:/feedback/" + id;
        }
        List<FormErrors.Error> problems = new ArrayList<>();
        if (publicText == null) {
            problems.add(new FormErrors.Error("publicText", "Write their feedback as it should be shown"));
        } else {
            FeedbackLimits.PUBLIC_TEXT.check("publicText", publicText, problems);
        }
        if (publicResponse == null) {
            problems.add(new FormErrors.Error("publicResponse", "Write our reply as it should be shown"));
        } else {
            FeedbackLimits.PUBLIC_RESPONSE.check("publicResponse", publicResponse, problems);
        }
        if (!problems.isEmpty()) {
            return views.detail(user, piece, piece.response(), null, null, publicText, publicResponse, FormErrors.of(problems), model);
        }
        tracking.publish(user, id, publicText, publicResponse);
        redirect.addFlashAttribute("notice", "It is on \"you said, we did\"");
        return "redirect:/feedback/" + id;
    }

    @PostMapping("/feedback/{id}/unpublish")
    String unpublish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tracking.unpublish(user, id);
        redirect.addFlashAttribute("notice", "It is no longer on \"you said, we did\"");
        return "redirect:/feedback/" + id;
    }
}
