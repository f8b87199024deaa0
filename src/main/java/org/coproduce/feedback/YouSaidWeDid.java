package org.coproduce.feedback;

import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "you said, we did" page: how we answer feedback, in figures, and the feedback people agreed to share with
 * our replies. It never shows a name or contact detail, only the words the coordinator chose to publish.
 */
@Controller
class YouSaidWeDid {

    static final int PAGE_SIZE = 10;

    private final Organisations organisations;
    private final FeedbackRepository feedback;
    private final FeedbackTracking tracking;
    private final Today today;

    YouSaidWeDid(Organisations organisations, FeedbackRepository feedback, FeedbackTracking tracking, Today today) {
        this.organisations = organisations;
        this.feedback = feedback;
        this.tracking = tracking;
        this.today = today;
    }

    @GetMapping("/public/{slug}/you-said-we-did")
    String page(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        int total = feedback.publishedCount(organisation.id());
        Paging paging = Paging.clamped(page, PAGE_SIZE, total, "/public/" + slug + "/you-said-we-did");
        var lastYear = feedback.receivedSince(organisation.id(), today.now().minus(java.time.Duration.ofDays(365)));
        model.addAttribute("organisation", organisation);
        model.addAttribute("figures", Figures.of(lastYear, tracking.workingDays()));
        model.addAttribute("promise", feedback.promise(organisation.id()));
        model.addAttribute("pairs", feedback.published(organisation.id(), paging.offset(), PAGE_SIZE));
        model.addAttribute("paging", paging);
        return "feedback/youSaidWeDid";
    }
}
