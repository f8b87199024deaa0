package org.coproduce.privacy;

import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The privacy notice, for the installation and for each organisation, made from {@link Processing}, what the
 * installation really does.
 */
@Controller
class PrivacyNoticeController {

    private final Processing processing;
    private final Organisations organisations;

    PrivacyNoticeController(Processing processing, Organisations organisations) {
        this.processing = processing;
        this.organisations = organisations;
    }

    @GetMapping("/privacy")
    String installation(Model model) {
        return notice(null, model);
    }

    @GetMapping("/public/{slug}/privacy")
    String organisation(@PathVariable String slug, Model model) {
        return notice(organisations.findBySlug(slug).orElseThrow(NotFoundException::new), model);
    }

    private String notice(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("processing", processing);
        return "privacy/notice";
    }
}
