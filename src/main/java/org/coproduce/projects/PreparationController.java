package org.coproduce.projects;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Preparing a project, one part of the task list at a time, with the stakeholder map in "relationships". */
@Controller
class PreparationController {

    private final ProjectRepository projects;
    private final PreparationRepository preparation;
    private final ProjectChanges changes;
    private final Labels labels;

    PreparationController(ProjectRepository projects, PreparationRepository preparation, ProjectChanges changes, Labels labels) {
        this.projects = projects;
        this.preparation = preparation;
        this.changes = changes;
        this.labels = labels;
    }

    @GetMapping("/projects/{id}/preparation/{slug}")
    String section(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String slug, Model model) {
        Project project = project(user, id);
        PreparationSection section = section(slug);
        Map<PreparationQuestion, PreparationAnswer> saved = preparation.answers(user.organisationId(), id);
        boolean completed = preparation.completed(user.organisationId(), id).contains(section);
        return page(user, project, section, saved, completed ? "yes" : null, FormErrors.none(), model);
    }

    @PostMapping("/projects/{id}/preparation/{slug}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String slug, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        Project project = project(user, id);
        PreparationSection section = section(slug);
        Map<PreparationQuestion, PreparationAnswer> typed = new EnumMap<>(PreparationQuestion.class);
        List<FormErrors.Error> problems = new ArrayList<>();
        for (PreparationQuestion question : PreparationQuestion.of(section)) {
            String answer = trimmed(request.getParameter(question.field()));
            String note = trimmed(request.getParameter(question.field() + "-note"));
            if (!question.inWords() && answer != null && !isReadiness(answer)) {
                answer = null;
            }
            ProjectLimits.ANSWER.check(question.field(), answer, problems);
            ProjectLimits.NOTE.check(question.field() + "-note", note, problems);
            typed.put(question, new PreparationAnswer(answer, note));
        }
        String completed = trimmed(request.getParameter("completed"));
        if (completed == null) {
            problems.add(new FormErrors.Error("completed", "Say whether you have completed this part"));
        }
        if (!problems.isEmpty()) {
            return page(user, project, section, typed, completed, FormErrors.of(problems), model);
        }
        var blocking = changes.savePreparation(user, id, section, typed, "yes".equals(completed));
        if (!blocking.isEmpty()) {
            return page(user, project, section, typed, completed, FormErrors.of(blocking), model);
        }
        redirect.addFlashAttribute("notice", "yes".equals(completed)
                ? labels.of(section) + " is completed"
                : "Your answers about " + labels.of(section).toLowerCase(java.util.Locale.UK) + " are saved");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/projects/{id}/stakeholders")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String who,
            Model model, RedirectAttributes redirect) {
        Project project = project(user, id);
        String problem = who == null ? "Say who should be on the map, like \"Young carers\""
                : !ProjectLimits.STAKEHOLDER.allows(who) ? ProjectLimits.STAKEHOLDER.tooLong(who) : null;
        if (problem == null) {
            try {
                changes.addStakeholder(user, id, who);
            } catch (Refused refused) {
                problem = refused.getMessage();
            }
        }
        if (problem != null) {
            model.addAttribute("who", who);
            return page(user, project, PreparationSection.RELATIONSHIPS, preparation.answers(user.organisationId(), id),
                    null, FormErrors.of("who", problem), model);
        }
        redirect.addFlashAttribute("notice", "Added to the map: " + who);
        return "redirect:/projects/" + id + "/preparation/relationships#map";
    }

    @GetMapping("/projects/{id}/stakeholders/{stakeholderId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String stakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long stakeholderId, Model model) {
        Project project = project(user, id);
        Stakeholder stakeholder = preparation.stakeholder(user.organisationId(), id, stakeholderId).orElseThrow(NotFoundException::new);
        return stakeholderPage(project, stakeholder, stakeholder.shouldInvolve(), stakeholder.involved(), stakeholder.whyMissing(),
                stakeholder.plan(), FormErrors.none(), model);
    }

    @PostMapping("/projects/{id}/stakeholders/{stakeholderId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String updateStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long stakeholderId,
            @RequestParam(required = false) String involvement, @RequestParam(required = false) String whyMissing,
            @RequestParam(required = false) String plan, Model model, RedirectAttributes redirect) {
        Project project = project(user, id);
        Stakeholder stakeholder = preparation.stakeholder(user.organisationId(), id, stakeholderId).orElseThrow(NotFoundException::new);
        boolean involved = "involved".equals(involvement);
        boolean shouldInvolve = !"not-needed".equals(involvement);
        List<FormErrors.Error> problems = new ArrayList<>();
        if (involvement == null) {
            problems.add(new FormErrors.Error("involvement", "Choose whether " + stakeholder.who().toLowerCase(java.util.Locale.UK) + " are involved"));
        } else if ("missing".equals(involvement)) {
            if (whyMissing == null) {
                problems.add(new FormErrors.Error("whyMissing", "Say why they are not involved yet"));
            }
            if (plan == null) {
                problems.add(new FormErrors.Error("plan", "Say what you will do to involve them"));
            }
        } else if ("not-needed".equals(involvement) && whyMissing == null) {
            problems.add(new FormErrors.Error("whyMissing", "Say why this work does not need them"));
        }
        ProjectLimits.WHY_MISSING.check("whyMissing", whyMissing, problems);
        ProjectLimits.PLAN.check("plan", plan, problems);
        if (!problems.isEmpty()) {
            return stakeholderPage(project, stakeholder, shouldInvolve, involved, whyMissing, plan, FormErrors.of(problems), model);
        }
        changes.updateStakeholder(user, id, stakeholderId, shouldInvolve, involved, whyMissing, plan);
        redirect.addFlashAttribute("notice", "The map is saved");
        return "redirect:/projects/" + id + "/preparation/relationships#map";
    }

    private String page(CurrentUser user, Project project, PreparationSection section, Map<PreparationQuestion, PreparationAnswer> answers,
            String completed, FormErrors errors, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", section);
        model.addAttribute("questions", PreparationQuestion.of(section));
        model.addAttribute("preparation", Preparation.of(answers, java.util.Set.of(),
                preparation.stakeholders(user.organisationId(), project.id())));
        model.addAttribute("completed", completed);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", user.isCoordinator());
        model.addAttribute("readinessOptions", labels.options(Readiness.class));
        return "projects/section";
    }

    private String stakeholderPage(Project project, Stakeholder stakeholder, boolean shouldInvolve, boolean involved, String whyMissing,
            String plan, FormErrors errors, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("stakeholder", stakeholder);
        model.addAttribute("involvement", !shouldInvolve ? "not-needed" : involved ? "involved" : "missing");
        model.addAttribute("whyMissing", whyMissing);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        return "projects/stakeholder";
    }

    private static boolean isReadiness(String answer) {
        for (Readiness readiness : Readiness.values()) {
            if (readiness.name().equals(answer)) {
                return true;
            }
        }
        return false;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Project project(CurrentUser user, long id) {
        return projects.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    private static PreparationSection section(String slug) {
        PreparationSection section = PreparationSection.fromSlug(slug);
        if (section == null) {
            throw new NotFoundException();
        }
        return section;
    }
}
