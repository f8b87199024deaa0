package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership's boards and groups: everyone signed in can see them and who is in them; coordinators run them. */
@Controller
class GroupsController {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final GroupChanges changes;
    private final Register register;
    private final Labels labels;
    private final List<GroupFact> facts;

    GroupsController(GroupRepository groups, MemberRepository members, GroupChanges changes, Register register, Labels labels,
            List<GroupFact> facts) {
        this.facts = facts;
        this.groups = groups;
        this.members = members;
        this.changes = changes;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/groups")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<GroupSummary> summaries = groups.all(user.organisationId()).stream()
                .map(g -> new GroupSummary(g, GroupHealth.of(g, members.current(user.organisationId(), g.id()))))
                .toList();
        model.addAttribute("groups", summaries);
        model.addAttribute("canManage", user.isCoordinator());
        return "groups/list";
    }

    @GetMapping("/groups/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Group group = groups.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
        List<Member> current = members.current(user.organisationId(), id);
        var terms = groups.terms(user.organisationId(), id);
        boolean seesDiversity = user.isCoordinator() || user.has(Role.BOARD);
        model.addAttribute("view", new GroupPage(group, GroupHealth.of(group, current), current,
                members.past(user.organisationId(), id),
                terms.isEmpty() ? null : terms.get(0),
                seesDiversity ? diversity(user.organisationId(), current) : null,
                user.isCoordinator(),
                facts.stream().flatMap(fact -> fact.forGroup(user, group).stream()).toList()));
        return "groups/group";
    }

    @GetMapping("/groups/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newGroup(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(user, null, new GroupForm(null, null, null, null, null, null, null), FormErrors.none(), model);
    }

    @PostMapping("/groups")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@AuthenticationPrincipal CurrentUser user, GroupForm form, Model model, RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(user, null, form, FormErrors.of(problems), model);
        }
        try {
            long id = changes.create(user, details);
            redirect.addFlashAttribute("notice", form.name() + " has been set up. Add its members and its terms of reference next");
            return "redirect:/groups/" + id;
        } catch (Refused refused) {
            return form(user, null, form, FormErrors.of(refused), model);
        }
    }

    @GetMapping("/groups/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Group group = groups.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
        return form(user, group, GroupForm.of(group), FormErrors.none(), model);
    }

    @PostMapping("/groups/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, GroupForm form, Model model,
            RedirectAttributes redirect) {
        Group group = groups.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(user, group, form, FormErrors.of(problems), model);
        }
        try {
            changes.update(user, id, details);
        } catch (Refused refused) {
            return form(user, group, form, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", "The changes have been saved");
        return "redirect:/groups/" + id;
    }

    private Diversity diversity(long organisationId, List<Member> current) {
        return Diversity.of(current.stream().filter(m -> m.role().isMember())
                .map(m -> new Diversity.Answers(register.equality(organisationId, m.personId()),
                        register.accessAndCommunication(organisationId, m.personId()).needs()))
                .toList());
    }

    private String form(CurrentUser user, Group group, GroupForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindOptions", labels.options(GroupKind.class));
        model.addAttribute("meetsOptions", labels.options(MeetingFrequency.class));
        model.addAttribute("reportsToOptions", groups.all(user.organisationId()).stream()
                .filter(g -> group == null || g.id() != group.id())
                .map(g -> new Option(String.valueOf(g.id()), g.name()))
                .toList());
        return "groups/form";
    }
}
