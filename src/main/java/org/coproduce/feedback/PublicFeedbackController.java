package org.coproduce.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The feedback form anyone can use, without signing in, named or anonymous. */
@Controller
class PublicFeedbackController {

    static final String FORM = "feedback";

    private final Organisations organisations;
    private final FeedbackTracking tracking;
    private final PublicForms publicForms;

    PublicFeedbackController(Organisations organisations, FeedbackTracking tracking, PublicForms publicForms) {
        this.organisations = organisations;
        this.tracking = tracking;
        this.publicForms = publicForms;
    }

    /** @param about what the feedback is about, when they came from a page's "tell us what you think" link */
    @GetMapping("/public/{slug}/feedback")
    String form(@PathVariable String slug, @RequestParam(required = false) String about, Model model) {
        String topic = about == null || about.isBlank() ? null : about.strip();
        if (topic != null && !FeedbackLimits.ABOUT.allows(topic)) {
            topic = topic.substring(0, FeedbackLimits.ABOUT.max());
        }
        return form(organisation(slug), FeedbackForm.empty().about(topic), FormErrors.none(), false, model);
    }

    @PostMapping("/public/{slug}/feedback")
    String send(@PathVariable String slug, FeedbackForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Organisation organisation = organisation(slug);
        PublicForms.Verdict verdict = publicForms.check(request, organisation.id(), FORM);
        if (verdict == PublicForms.Verdict.ROBOT) {
            publicForms.count(request, organisation.id(), FORM);
            return "redirect:/public/" + slug + "/feedback/thanks";
        }
        if (verdict == PublicForms.Verdict.TOO_MANY) {
            response.setStatus(429);
            model.addAttribute("organisation", organisation);
            model.addAttribute("details", organisations.publicDetails(organisation.id()));
            model.addAttribute("typed", form.body());
            return "feedback/tooMany";
        }
        FormErrors errors = form.errors();
        if (verdict == PublicForms.Verdict.SEND_AGAIN || errors.any()) {
            return form(organisation, form, errors, verdict == PublicForms.Verdict.SEND_AGAIN,
                    publicForms.restamp(request, verdict), model);
        }
        Feedback piece = tracking.receive(organisation.id(), form);
        publicForms.count(request, organisation.id(), FORM);
        redirect.addFlashAttribute("reference", piece.reference());
        redirect.addFlashAttribute("replyBy", piece.replyBy());
        redirect.addFlashAttribute("replyOn", FeedbackDates.day(piece.dueOn()));
        return "redirect:/public/" + slug + "/feedback/thanks";
    }

    @GetMapping("/public/{slug}/feedback/thanks")
    String thanks(@PathVariable String slug, Model model) {
        model.addAttribute("organisation", organisation(slug));
        if (!model.containsAttribute("reference")) {
            model.addAttribute("reference", null);
            model.addAttribute("replyBy", null);
            model.addAttribute("replyOn", null);
        }
        return "feedback/thanks";
    }

    private String form(Organisation organisation, FeedbackForm form, FormErrors errors, boolean sendAgain, Model model) {
        return form(organisation, form, errors, sendAgain, publicForms.stamp(), model);
    }

    private String form(Organisation organisation, FeedbackForm form, FormErrors errors, boolean sendAgain, String stamp,
            Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("details", organisations.publicDetails(organisation.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sendAgain", sendAgain);
        model.addAttribute("stamp", stamp);
        model.addAttribute("promise", tracking.promise(organisation.id()));
        return "feedback/give";
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
