package org.coproduce.projects;

import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
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

/** Coordinators choose a project's team and its co-leads. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class TeamController {

    private final ProjectRepository projects;
    private final ProjectChanges changes;
    private final Register register;
    private final Labels labels;

    TeamController(ProjectRepository projects, ProjectChanges changes, Register register, Labels labels) {
        this.projects = projects;
        this.changes = changes;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/projects/{id}/team")
    String team(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(user, project(user, id), null, null, FormErrors.none(), model);
    }

    @PostMapping("/projects/{id}/team")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) ProjectRole role, Model model, RedirectAttributes redirect) {
        Project project = project(user, id);
        var problems = new java.util.ArrayList<FormErrors.Error>();
        if (personId == null) {
            problems.add(new FormErrors.Error("personId", "Choose who is joining the team"));
        }
        if (role == null) {
            problems.add(new FormErrors.Error("role", "Choose their role in the team"));
        }
        if (problems.isEmpty()) {
            try {
                changes.addToTeam(user, id, personId, role);
            } catch (Refused refused) {
                problems.addAll(refused.errors().all());
            }
        }
        if (!problems.isEmpty()) {
            return page(user, project, personId, role, FormErrors.of(problems), model);
        }
        String name = register.find(user.organisationId(), personId).orElseThrow().displayName();
        redirect.addFlashAttribute("notice", name + " is in the team as " + labels.of(role).toLowerCase(java.util.Locale.UK));
        return "redirect:/projects/" + id + "/team";
    }

    @PostMapping("/projects/{id}/team/{memberId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long memberId,
            RedirectAttributes redirect) {
        project(user, id);
        TeamMember member = projects.team(user.organisationId(), id).stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(NotFoundException::new);
        changes.removeFromTeam(user, id, memberId);
        redirect.addFlashAttribute("notice", member.name() + " is no longer in the team");
        return "redirect:/projects/" + id + "/team";
    }

    private String page(CurrentUser user, Project project, Long personId, ProjectRole role, FormErrors errors, Model model) {
        var team = projects.team(user.organisationId(), project.id());
        Set<Long> inTeam = team.stream().map(TeamMember::personId).collect(Collectors.toSet());
        model.addAttribute("project", project);
        model.addAttribute("team", team);
        model.addAttribute("people", register.everyoneCurrent(user.organisationId()).stream()
                .filter(person -> !inTeam.contains(person.id()))
                .map(person -> new Option(String.valueOf(person.id()), person.fullName()))
                .toList());
        model.addAttribute("roleOptions", labels.options(ProjectRole.class));
        model.addAttribute("personId", personId);
        model.addAttribute("role", role);
        model.addAttribute("errors", errors);
        return "projects/team";
    }

    private Project project(CurrentUser user, long id) {
        return projects.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }
}
