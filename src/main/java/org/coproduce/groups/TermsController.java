package org.coproduce.groups;

import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.plainenglish.Report;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.writing.WritingCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's terms of reference: what it is for and how it works. Everyone in the organisation can read them; each
 * change is a new version, checked for plain English before it is saved, and the old versions stay readable.
 */
@Controller
class TermsController {

    private final GroupRepository groups;
    private final GroupChanges changes;
    private final WritingCheck check;

    TermsController(GroupRepository groups, GroupChanges changes, WritingCheck check) {
        this.groups = groups;
        this.changes = changes;
        this.check = check;
    }

    @GetMapping("/groups/{groupId}/terms")
    String latest(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        Group group = group(user, groupId);
        List<TermsVersion> versions = groups.terms(user.organisationId(), groupId);
        return show(user, group, versions, versions.isEmpty() ? null : versions.get(0), model);
    }

    @GetMapping("/groups/{groupId}/terms/versions/{version}")
    String version(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @PathVariable int version, Model model) {
        Group group = group(user, groupId);
        List<TermsVersion> versions = groups.terms(user.organisationId(), groupId);
        var shown = versions.stream().filter(v -> v.version() == version).findFirst().orElseThrow(NotFoundException::new);
        return show(user, group, versions, shown, model);
    }

    @GetMapping("/groups/{groupId}/terms/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        Group group = group(user, groupId);
        List<TermsVersion> versions = groups.terms(user.organisationId(), groupId);
        String text = versions.isEmpty() ? null : versions.get(0).text();
        return form(group, text, text == null ? null : check.check(user.organisationId(), text), null, FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/terms")
    @PreAuthorize("hasRole('COORDINATOR')")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, @RequestParam(required = false) String text,
            @RequestParam(required = false) Boolean publishAnyway, Model model, RedirectAttributes redirect) {
        Group group = group(user, groupId);
        if (text == null) {
            return form(group, null, null, null, FormErrors.of("text", "Write the terms of reference"), model);
        }
        if (!GroupLimits.TERMS.allows(text)) {
            return form(group, text, null, null, FormErrors.of("text", GroupLimits.TERMS.tooLong(text)), model);
        }
        List<TermsVersion> versions = groups.terms(user.organisationId(), groupId);
        if (!versions.isEmpty() && versions.get(0).text().equals(text)) {
            return form(group, text, check.check(user.organisationId(), text), null,
                    FormErrors.of("text", "These are the same as the current version. Make a change, or cancel"), model);
        }
        Report report = check.check(user.organisationId(), text);
        if (report.needsWarning() && !Boolean.TRUE.equals(publishAnyway)) {
            return form(group, text, report, report, FormErrors.none(), model);
        }
        if (report.needsWarning()) {
            check.recordPublishedDespiteWarning(user, "Terms of reference: " + group.name(), report);
        }
        int version = changes.writeTerms(user, groupId, text);
        redirect.addFlashAttribute("notice", "Version " + version + " of the terms of reference is saved");
        return "redirect:/groups/" + groupId + "/terms";
    }

    private String show(CurrentUser user, Group group, List<TermsVersion> versions,
            TermsVersion shown, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("canManage", user.isCoordinator());
        return "groups/terms";
    }

    private String form(Group group, String text, Report report, Report warning, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("text", text);
        model.addAttribute("check", report);
        model.addAttribute("warning", warning);
        model.addAttribute("errors", errors);
        return "groups/termsForm";
    }

    private Group group(CurrentUser user, long groupId) {
        return groups.find(user.organisationId(), groupId).orElseThrow(NotFoundException::new);
    }
}
