package org.coproduce.opportunities;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.publicforms.PublicForms;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.coproduce.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Get involved, for anyone: the opportunities open now, and a short form to say you are interested. */
@Controller
class PublicOpportunities {

    static final String FORM = "interest";

    private final Organisations organisations;
    private final OpportunityRepository opportunities;
    private final PublicForms publicForms;
    private final Labels labels;

    PublicOpportunities(Organisations organisations, OpportunityRepository opportunities, PublicForms publicForms, Labels labels) {
        this.organisations = organisations;
        this.opportunities = opportunities;
        this.publicForms = publicForms;
        this.labels = labels;
    }

    @GetMapping("/public/{slug}/get-involved")
    String list(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("details", organisations.publicDetails(organisation.id()));
        model.addAttribute("opportunities", opportunities.open(organisation.id(), today()));
        return "opportunities/publicList";
    }

    @GetMapping("/public/{slug}/get-involved/{id}")
    String show(@PathVariable String slug, @PathVariable long id, @ModelAttribute("page") PageContext page, Model model) {
        Organisation organisation = organisation(slug);
        page.prepareForm();
        return page(organisation, open(organisation, id), InterestForm.empty(), FormErrors.none(), false, publicForms.stamp(), model);
    }

    @PostMapping("/public/{slug}/get-involved/{id}")
    String interested(@PathVariable String slug, @PathVariable long id, InterestForm form, HttpServletRequest request,
            HttpServletResponse response, @ModelAttribute("page") PageContext page, Model model) {
        page.prepareForm();
        Organisation organisation = organisation(slug);
        Opportunity opportunity = open(organisation, id);
        PublicForms.Verdict verdict = publicForms.check(request, organisation.id(), FORM);
        String thanks = "redirect:/public/" + slug + "/get-involved/" + id + "/thanks";
        if (verdict == PublicForms.Verdict.ROBOT) {
            publicForms.count(request, organisation.id(), FORM);
            return thanks;
        }
        if (verdict == PublicForms.Verdict.TOO_MANY) {
            response.setStatus(429);
            model.addAttribute("organisation", organisation);
            model.addAttribute("details", organisations.publicDetails(organisation.id()));
            return "opportunities/tooMany";
        }
        List<FormErrors.Error> problems = form.problems();
        if (verdict == PublicForms.Verdict.SEND_AGAIN || !problems.isEmpty()) {
            return page(organisation, opportunity, form, FormErrors.of(problems), verdict == PublicForms.Verdict.SEND_AGAIN,
                    publicForms.restamp(request, verdict), model);
        }
        opportunities.addInterest(organisation.id(), id, form);
        publicForms.count(request, organisation.id(), FORM);
        return thanks;
    }

    @GetMapping("/public/{slug}/get-involved/{id}/thanks")
    String thanks(@PathVariable String slug, @PathVariable long id, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("opportunity", opportunities.find(organisation.id(), id).filter(Opportunity::published)
                .orElseThrow(NotFoundException::new));
        return "opportunities/thanks";
    }

    private String page(Organisation organisation, Opportunity opportunity, InterestForm form, FormErrors errors,
            boolean sendAgain, String stamp, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("details", organisations.publicDetails(organisation.id()));
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sendAgain", sendAgain);
        model.addAttribute("stamp", stamp);
        model.addAttribute("contactOptions", labels.options(ContactBy.class));
        model.addAttribute("descriptionOptions", InterestForm.DESCRIPTIONS.stream()
                .map(role -> new Option(role.name(), labels.text("InterestForm.describes." + role.name()), null)).toList());
        return "opportunities/publicOpportunity";
    }

    private Opportunity open(Organisation organisation, long id) {
        return opportunities.find(organisation.id(), id).filter(o -> o.open(today())).orElseThrow(NotFoundException::new);
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }
}
