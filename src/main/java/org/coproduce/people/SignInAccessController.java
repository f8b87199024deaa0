package org.coproduce.people;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.Set;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.AccessStatus;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coproduce.accounts.Role;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators invite people in the register to sign in, change their roles, and deactivate or reactivate them. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SignInAccessController {

    private final PersonAccess access;
    private final AccessManagement signInAccess;
    private final SignInChanges changes;
    private final CurrentUsers currentUsers;
    private final MessageSource messages;
    private final Labels labels;

    SignInAccessController(PersonAccess access, AccessManagement signInAccess, SignInChanges changes,
            CurrentUsers currentUsers, MessageSource messages, Labels labels) {
        this.changes = changes;
        this.access = access;
        this.signInAccess = signInAccess;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/people/{id}/invite")
    String inviteForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        var form = new PeopleForms.Invitation(person.email(), suggestedRoles(person));
        return invitation(user, person, form, FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/invite")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.Invitation form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        if (result.hasErrors()) {
            return invitation(user, person, form, FormErrors.from(result, messages, PeopleForms.Invitation.FIELDS), model);
        }
        try {
            changes.invite(user, person, form.email(), form.roles());
        } catch (Refused refused) {
            return invitation(user, person, form, FormErrors.of("email", refused.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", "Invitation sent to " + form.email());
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/withdraw-invitation")
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Person person = access.open(user, id);
        changes.withdrawInvitation(user, person);
        redirect.addFlashAttribute("notice", "The invitation has been withdrawn. Its link no longer works");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/sign-in-roles")
    String rolesForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        AccessStatus status = signInAccess.statusOf(user, id);
        if (status.state() == AccessStatus.State.NONE || status.state() == AccessStatus.State.INVITED) {
            throw new NotFoundException();
        }
        return roles(person, new PeopleForms.SignInRoles(status.roles()), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/sign-in-roles")
    String changeRoles(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.SignInRoles form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Person person = access.openForEditing(user, id);
        if (result.hasErrors()) {
            return roles(person, form, FormErrors.from(result, messages, PeopleForms.SignInRoles.FIELDS), model);
        }
        try {
            changes.changeRoles(user, person, form.roles());
        } catch (Refused refused) {
            return roles(person, form, FormErrors.of("roles", refused.getMessage()), model);
        }
        if (user.isPerson(id)) {
            currentUsers.refresh(user, request, response);
            redirect.addFlashAttribute("notice", "Your roles have changed");
        } else {
            redirect.addFlashAttribute("notice", "Roles changed. " + person.displayName() + " has been signed out, and will see the change when they sign in again");
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Person person = access.open(user, id);
        try {
            changes.deactivate(user, person);
            redirect.addFlashAttribute("notice", person.displayName() + " can no longer sign in. Their information is kept");
        } catch (Refused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        changes.reactivate(user, person);
        redirect.addFlashAttribute("notice", person.displayName() + " can sign in again");
        return "redirect:/people/" + id;
    }

    private String invitation(CurrentUser user, Person person, PeopleForms.Invitation form, FormErrors errors, Model model) {
        ProfileController.editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("roleOptions", labels.options(Role.class));
        return "people/invite";
    }

    private String roles(Person person, PeopleForms.SignInRoles form, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roleOptions", labels.options(Role.class));
        return "people/signInRoles";
    }

    /** People with lived experience and carers are usually partners; everyone else usually staff. */
    private static Set<Role> suggestedRoles(Person person) {
        boolean partner = person.roles().contains(InvolvementRole.LIVED_EXPERIENCE)
                || person.roles().contains(InvolvementRole.FAMILY_CARER);
        return EnumSet.of(partner ? Role.PARTNER : Role.STAFF);
    }
}
