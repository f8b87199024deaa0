package org.coproduce.groups;

import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
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

/** A group's induction checklist, and going through it with each new member. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class InductionController {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final GroupChanges changes;

    InductionController(GroupRepository groups, MemberRepository members, GroupChanges changes) {
        this.groups = groups;
        this.members = members;
        this.changes = changes;
    }

    @GetMapping("/groups/{groupId}/induction")
    String checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        return checklistPage(user, group(user, groupId), null, FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/induction/items")
    String addItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        Group group = group(user, groupId);
        if (text == null) {
            return checklistPage(user, group, null, FormErrors.of("text", "Enter what the new member needs to have done or know"), model);
        }
        if (!GroupLimits.INDUCTION_ITEM.allows(text)) {
            return checklistPage(user, group, text, FormErrors.of("text", GroupLimits.INDUCTION_ITEM.tooLong(text)), model);
        }
        members.addInductionItem(user.organisationId(), groupId, text);
        redirect.addFlashAttribute("notice", "\"" + text + "\" is added to the checklist");
        return "redirect:/groups/" + groupId + "/induction";
    }

    @PostMapping("/groups/{groupId}/induction/items/{itemId}/remove")
    String removeItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long itemId,
            RedirectAttributes redirect) {
        group(user, groupId);
        var item = members.induction(user.organisationId(), groupId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(NotFoundException::new);
        members.removeInductionItem(user.organisationId(), groupId, itemId);
        redirect.addFlashAttribute("notice", "\"" + item.text() + "\" is taken off the checklist");
        return "redirect:/groups/" + groupId + "/induction";
    }

    @GetMapping("/groups/{groupId}/members/{memberId}/induction")
    String member(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long memberId, Model model) {
        Group group = group(user, groupId);
        Member member = members.find(user.organisationId(), groupId, memberId).filter(Member::current).orElseThrow(NotFoundException::new);
        model.addAttribute("group", group);
        model.addAttribute("member", member);
        model.addAttribute("items", members.induction(user.organisationId(), groupId));
        model.addAttribute("ticked", Set.copyOf(members.ticked(user.organisationId(), memberId)));
        return "groups/memberInduction";
    }

    @PostMapping("/groups/{groupId}/members/{memberId}/induction")
    String tick(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable long memberId,
            @RequestParam(name = "done", required = false) List<Long> done, RedirectAttributes redirect) {
        Group group = group(user, groupId);
        changes.recordInduction(user, groupId, memberId, done == null ? List.of() : done);
        Member member = members.find(user.organisationId(), groupId, memberId).orElseThrow(NotFoundException::new);
        redirect.addFlashAttribute("notice", member.inductionFinished()
                ? member.name() + " has finished induction for " + group.name()
                : member.name() + "'s induction is saved: " + member.inductionDone() + " of " + member.inductionTotal() + " done");
        return "redirect:/groups/" + groupId;
    }

    private String checklistPage(CurrentUser user, Group group, String text, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("items", members.induction(user.organisationId(), group.id()));
        model.addAttribute("notFinished", members.current(user.organisationId(), group.id()).stream()
                .filter(m -> !m.inductionFinished()).toList());
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "groups/induction";
    }

    private Group group(CurrentUser user, long groupId) {
        return groups.find(user.organisationId(), groupId).orElseThrow(NotFoundException::new);
    }
}
