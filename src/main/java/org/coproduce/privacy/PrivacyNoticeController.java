package org.coproduce.privacy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.CsvWriter;
import org.coproduce.web.FileResponse;
import org.coproduce.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The privacy notice, for the installation and for each organisation, and the records of processing for coordinators:
 * all made from {@link Processing}, what the installation really does.
 */
@Controller
class PrivacyNoticeController {

    static final List<String> CSV_COLUMNS = List.of("activity", "purpose", "categories_of_people", "categories_of_data",
            "special_category", "special_category_data", "lawful_basis_article_6", "condition_article_9", "who_can_see",
            "recipients", "retention", "security_measures");

    private final Processing processing;
    private final Organisations organisations;
    private final RetentionSettings retention;

    PrivacyNoticeController(Processing processing, Organisations organisations, RetentionSettings retention) {
        this.processing = processing;
        this.organisations = organisations;
        this.retention = retention;
    }

    @GetMapping("/privacy")
    String installation(Model model) {
        return notice(null, model);
    }

    @GetMapping("/public/{slug}/privacy")
    String organisation(@PathVariable String slug, Model model) {
        return notice(organisations.findBySlug(slug).orElseThrow(NotFoundException::new), model);
    }

    @GetMapping("/privacy/records")
    @PreAuthorize("hasRole('COORDINATOR')")
    String records(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("processing", processing);
        model.addAttribute("retention", retention.inWords(user.organisationId()));
        return "privacy/records";
    }

    @GetMapping("/privacy/records.csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<byte[]> download() {
        StringWriter out = new StringWriter();
        String security = String.join("; ", processing.securityMeasures());
        try (CsvWriter csv = new CsvWriter(out, CSV_COLUMNS)) {
            for (ProcessingActivity activity : processing.activities()) {
                csv.row(activity.name(), activity.why(), lines(activity.people()), lines(activity.data()),
                        activity.special() ? "yes" : "no", activity.specialCategory(), activity.article6(), activity.article9(),
                        lines(activity.whoCanSee()), activity.sharedWith().isEmpty() ? Activities.NOBODY_OUTSIDE
                                : lines(activity.sharedWith()), lines(activity.keptFor()), security);
            }
        }
        return FileResponse.download("records-of-processing.csv", "text/csv; charset=UTF-8",
                out.toString().getBytes(StandardCharsets.UTF_8), "no-store");
    }

    private String notice(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("processing", processing);
        model.addAttribute("retention", retention.inWords(organisation == null ? null : organisation.id()));
        return "privacy/notice";
    }

    private static String lines(List<String> items) {
        return String.join("; ", items);
    }
}
