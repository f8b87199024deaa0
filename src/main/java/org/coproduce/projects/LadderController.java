package org.coproduce.projects;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a project sits on the ladder of participation, why, and where it has been. */
@Controller
class LadderController {

    private final ProjectRepository projects;
    private final ProjectChanges changes;
    private final Labels labels;

    LadderController(ProjectRepository projects, ProjectChanges changes, Labels labels) {
        this.projects = projects;
        this.changes = changes;
        this.labels = labels;
    }

    @GetMapping("/projects/{id}/ladder")
    String ladder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(user, project(user, id), null, null, FormErrors.none(), model);
    }

    @PostMapping("/projects/{id}/ladder")
    @PreAuthorize("hasRole('COORDINATOR')")
    String place(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Rung rung,
            @RequestParam(required = false) String why, Model model, RedirectAttributes redirect) {
        Project project = project(user, id);
        var problems = new java.util.ArrayList<FormErrors.Error>();
        if (rung == null) {
            problems.add(new FormErrors.Error("rung", "Choose where the project is on the ladder"));
        }
        if (why == null) {
            problems.add(new FormErrors.Error("why", "Say why it is there: what people with lived experience decide, and what they do not"));
        } else {
            ProjectLimits.LADDER_WHY.check("why", why, problems);
        }
        if (!problems.isEmpty()) {
            return page(user, project, rung, why, FormErrors.of(problems), model);
        }
        changes.placeOnLadder(user, id, rung, why);
        redirect.addFlashAttribute("notice", project.title() + " is at " + labels.of(rung).toLowerCase(java.util.Locale.UK) + " on the ladder");
        return "redirect:/projects/" + id;
    }

    private String page(CurrentUser user, Project project, Rung rung, String why, FormErrors errors, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("history", projects.ladder(user.organisationId(), project.id()));
        model.addAttribute("rungOptions", Rung.topFirst(labels));
        model.addAttribute("rung", rung);
        model.addAttribute("why", why);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", user.isCoordinator());
        return "projects/ladder";
    }

    private Project project(CurrentUser user, long id) {
        return projects.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }
}
