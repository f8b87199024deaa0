package org.coproduce.groups;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators add people to a group, change their role, and record when they leave. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MembersController {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final GroupChanges changes;
    private final Register register;
    private final Labels labels;

    MembersController(GroupRepository groups, MemberRepository members, GroupChanges changes, Register register, Labels labels) {
        this.groups = groups;
        this.members = members;
        this.changes = changes;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/groups/{groupId}/members/new")
    String newMember(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        return addForm(user, group(user, groupId), MemberForm.startingToday(), FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/members")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, MemberForm form, Model model,
            RedirectAttributes redirect) {
        Group group = group(user, groupId);
        List<FormErrors.Error> problems = form.problems();
        if (!problems.isEmpty()) {
            return addForm(user, group, form, FormErrors.of(problems), model);
        }
        try {
            changes.addMember(user, groupId, form.personId(), form.role(), form.joinedOn().date(), form.termEndsOn().date());
        } catch (Refused refused) {
            return addForm(user, group, form, FormErrors.of(refused), model);
        }
        String name = register.find(user.organisationId(), form.personId()).orElseThrow().displayName();
        redirect.addFlashAttribute("notice", name + " is now in " + group.name() + ". Their induction checklist is ready to start");
        return "redirect:/groups/" + groupId;
    }

    @GetMapping("/groups/{groupId}/members/{memberId}")
    String member(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long memberId, Model model) {
        Group group = group(user, groupId);
        Member member = currentMember(user, groupId, memberId);
        return memberPage(group, member, RoleChangeForm.of(member), LeavingForm.today(), FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/members/{memberId}/role")
    String changeRole(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long memberId,
            RoleChangeForm form, Model model, RedirectAttributes redirect) {
        Group group = group(user, groupId);
        Member member = currentMember(user, groupId, memberId);
        List<FormErrors.Error> problems = form.problems(member);
        if (!problems.isEmpty()) {
            return memberPage(group, member, form, LeavingForm.today(), FormErrors.of(problems), model);
        }
        try {
            changes.changeRole(user, groupId, memberId, form.role(), form.termEndsOn().date());
        } catch (Refused refused) {
            return memberPage(group, member, form, LeavingForm.today(), FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", member.name() + "'s role in " + group.name() + " is now " + labels.of(form.role()).toLowerCase());
        return "redirect:/groups/" + groupId;
    }

    @PostMapping("/groups/{groupId}/members/{memberId}/leave")
    String leave(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long memberId,
            LeavingForm form, Model model, RedirectAttributes redirect) {
        Group group = group(user, groupId);
        Member member = currentMember(user, groupId, memberId);
        var leftOn = form.leftOn();
        String problem = leftOn.missing() ? "Enter the day they left" : leftOn.error();
        if (problem != null) {
            return memberPage(group, member, RoleChangeForm.of(member), form, FormErrors.of("leftOn", problem), model);
        }
        try {
            changes.leave(user, groupId, memberId, leftOn.date());
        } catch (Refused refused) {
            return memberPage(group, member, RoleChangeForm.of(member), form, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", member.name() + " has left " + group.name() + ". Their time in the group stays in its history");
        return "redirect:/groups/" + groupId;
    }

    private String addForm(CurrentUser user, Group group, MemberForm form, FormErrors errors, Model model) {
        Set<Long> already = members.current(user.organisationId(), group.id()).stream()
                .map(Member::personId).collect(Collectors.toSet());
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("people", register.everyoneCurrent(user.organisationId()).stream()
                .filter(person -> !already.contains(person.id()))
                .map(person -> new Option(String.valueOf(person.id()), person.fullName()))
                .toList());
        model.addAttribute("roleOptions", labels.options(MemberRole.class));
        return "groups/addMember";
    }

    private String memberPage(Group group, Member member, RoleChangeForm roleForm, LeavingForm leavingForm, FormErrors errors,
            Model model) {
        model.addAttribute("group", group);
        model.addAttribute("member", member);
        model.addAttribute("roleForm", roleForm);
        model.addAttribute("leavingForm", leavingForm);
        model.addAttribute("errors", errors);
        model.addAttribute("roleOptions", labels.options(MemberRole.class));
        return "groups/member";
    }

    private Group group(CurrentUser user, long groupId) {
        return groups.find(user.organisationId(), groupId).orElseThrow(NotFoundException::new);
    }

    private Member currentMember(CurrentUser user, long groupId, long memberId) {
        return members.find(user.organisationId(), groupId, memberId).filter(Member::current).orElseThrow(NotFoundException::new);
    }
}
