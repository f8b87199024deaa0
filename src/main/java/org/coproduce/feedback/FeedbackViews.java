package org.coproduce.feedback;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.plainenglish.Report;
import org.coproduce.web.FormErrors;
import org.coproduce.writing.WritingCheck;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of one piece of feedback, shared by the actions on it so that each can show it again with its errors. */
@Component
class FeedbackViews {

    private final FeedbackTracking tracking;
    private final FeedbackRepository feedback;
    private final Today today;
    private final WritingCheck writing;

    FeedbackViews(FeedbackTracking tracking, FeedbackRepository feedback, Today today, WritingCheck check) {
        this.tracking = tracking;
        this.feedback = feedback;
        this.today = today;
        this.writing = check;
    }

    String detail(CurrentUser user, long id, Model model) {
        Feedback piece = tracking.find(user, id);
        return detail(user, piece, piece.response(), null, null, piece.publicText() == null ? piece.body() : piece.publicText(),
                piece.publicResponse() == null ? piece.response() : piece.publicResponse(), FormErrors.none(), model);
    }

    String detail(CurrentUser user, Feedback piece, String response, Report check, Report warning, String publicText,
            String publicResponse, FormErrors errors, Model model) {
        model.addAttribute("feedback", piece);
        model.addAttribute("deadline", piece.responded() ? null : deadline(piece));
        model.addAttribute("history", feedback.history(user.organisationId(), piece.id()));
        model.addAttribute("response", response);
        model.addAttribute("check", check);
        model.addAttribute("warning", warning);
        model.addAttribute("publicText", publicText);
        model.addAttribute("publicResponse", publicResponse);
        // Their words are theirs; our reply, as the public will read it, is checked like anything else we publish.
        model.addAttribute("publicResponseCheck", piece.canBePublished() && publicResponse != null
                ? writing.check(user.organisationId(), publicResponse) : null);
        model.addAttribute("errors", errors);
        return "feedback/detail";
    }

    Deadline deadline(Feedback piece) {
        return Deadline.of(piece.dueOn(), today.date(), tracking.workingDays());
    }
}
