package org.coproduce.feedback;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.plainenglish.Report;
import org.coproduce.web.FormErrors;
import org.coproduce.writing.WritingCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reply to a piece of feedback, checked for plain English before it goes to the person. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ResponseController {

    private final FeedbackTracking tracking;
    private final FeedbackViews views;
    private final WritingCheck check;

    ResponseController(FeedbackTracking tracking, FeedbackViews views, WritingCheck check) {
        this.tracking = tracking;
        this.views = views;
        this.check = check;
    }

    @PostMapping("/feedback/{id}/response")
    String respond(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String response,
            @RequestParam(required = false) Boolean sendAnyway, Model model, RedirectAttributes redirect) {
        Feedback piece = tracking.find(user, id);
        String publicText = piece.body();
        if (piece.responded()) {
            return "redirect:/feedback/" + id;
        }
        if (response == null) {
            return views.detail(user, piece, null, null, null, publicText, null, FormErrors.of("response", "Write your reply"), model);
        }
        if (!FeedbackLimits.RESPONSE.allows(response)) {
            return views.detail(user, piece, response, null, null, publicText, null,
                    FormErrors.of("response", FeedbackLimits.RESPONSE.tooLong(response)), model);
        }
        Report report = check.check(user.organisationId(), response);
        if (report.needsWarning() && !Boolean.TRUE.equals(sendAnyway)) {
            return views.detail(user, piece, response, report, report, publicText, null, FormErrors.none(), model);
        }
        if (report.needsWarning()) {
            check.recordPublishedDespiteWarning(user, "Reply to feedback " + piece.reference(), report);
        }
        redirect.addFlashAttribute("notice", tracking.respond(user, id, response));
        return "redirect:/feedback/" + id;
    }
}
