package org.coproduce.projects;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's projects: everyone signed in can read them; coordinators run them. */
@Controller
class ProjectsController {

    private final ProjectRepository projects;
    private final PreparationRepository preparation;
    private final ProjectChanges changes;
    private final Labels labels;

    ProjectsController(ProjectRepository projects, PreparationRepository preparation, ProjectChanges changes, Labels labels) {
        this.projects = projects;
        this.preparation = preparation;
        this.changes = changes;
        this.labels = labels;
    }

    @GetMapping("/projects")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("projects", projects.open(user.organisationId()).stream()
                .map(project -> page(user, project))
                .toList());
        model.addAttribute("canManage", user.isCoordinator());
        return "projects/list";
    }

    @GetMapping("/projects/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", page(user, project(user, id)));
        return "projects/project";
    }

    @GetMapping("/projects/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newProject(Model model) {
        return form(null, ProjectForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/projects")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@AuthenticationPrincipal CurrentUser user, ProjectForm form, Model model, RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(null, form, FormErrors.of(problems), model);
        }
        try {
            long id = changes.create(user, details);
            redirect.addFlashAttribute("notice", form.title() + " has been set up. Add its team, then work through the preparation");
            return "redirect:/projects/" + id;
        } catch (Refused refused) {
            return form(null, form, FormErrors.of(refused), model);
        }
    }

    @GetMapping("/projects/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Project project = project(user, id);
        return form(project, ProjectForm.of(project), FormErrors.none(), model);
    }

    @PostMapping("/projects/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, ProjectForm form, Model model,
            RedirectAttributes redirect) {
        Project project = project(user, id);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(project, form, FormErrors.of(problems), model);
        }
        try {
            changes.update(user, id, details);
        } catch (Refused refused) {
            return form(project, form, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", "The changes have been saved");
        return "redirect:/projects/" + id;
    }

    private ProjectPage page(CurrentUser user, Project project) {
        long org = user.organisationId();
        return new ProjectPage(project, projects.team(org, project.id()), projects.ladder(org, project.id()),
                Preparation.of(preparation.answers(org, project.id()), preparation.completed(org, project.id()),
                        preparation.stakeholders(org, project.id())),
                user.isCoordinator());
    }

    private String form(Project project, ProjectForm form, FormErrors errors, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("coKindOptions", labels.options(CoKind.class));
        model.addAttribute("phaseOptions", labels.options(CyclePhase.class));
        return "projects/form";
    }

    private Project project(CurrentUser user, long id) {
        return projects.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }
}
