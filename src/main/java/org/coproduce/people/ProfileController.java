package org.coproduce.people;

import jakarta.validation.Valid;
import java.util.List;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's profile, and the parts of it that are not special category data. */
@Controller
class ProfileController {

    private final PersonAccess access;
    private final RegisterChanges changes;
    private final SensitiveViews sensitiveViews;
    private final SensitiveInformationRepository sensitive;
    private final ConsentRepository consents;
    private final AccessManagement signInAccess;
    private final CurrentUsers currentUsers;
    private final List<ProfileSection> moreSections;
    private final MessageSource messages;
    private final Labels labels;

    ProfileController(PersonAccess access, RegisterChanges changes, SensitiveViews sensitiveViews, SensitiveInformationRepository sensitive,
            ConsentRepository consents, AccessManagement signInAccess, CurrentUsers currentUsers, MessageSource messages,
            Labels labels, List<ProfileSection> moreSections) {
        this.moreSections = moreSections;
        this.access = access;
        this.changes = changes;
        this.sensitiveViews = sensitiveViews;
        this.sensitive = sensitive;
        this.consents = consents;
        this.signInAccess = signInAccess;
        this.currentUsers = currentUsers;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/people/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.open(user, id);
        long organisationId = user.organisationId();
        boolean sensitiveAllowed = PersonAccess.canSeeSensitive(user, id);
        AccessAndCommunication needs = sensitiveAllowed ? sensitive.accessAndCommunication(organisationId, id) : null;
        Equality equality = sensitiveAllowed ? sensitive.equality(organisationId, id) : null;
        Benefits benefits = sensitiveAllowed ? sensitive.benefits(organisationId, id) : null;
        if (sensitiveAllowed) {
            sensitiveViews.profile(user, person, needs, equality, benefits);
        }
        model.addAttribute("profile", new Profile(
                person,
                user.isPerson(id),
                PersonAccess.canEdit(user, id) && !person.archived(),
                user.isCoordinator(),
                needs,
                equality,
                benefits,
                consents.current(organisationId, id),
                user.isCoordinator() ? signInAccess.statusOf(user, id) : null,
                moreSections.stream().flatMap(section -> section.forProfile(user, person).stream()).toList()));
        return "people/profile";
    }

    @GetMapping("/people/{id}/about")
    String editAbout(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        return aboutForm(user, person, PeopleForms.About.of(person), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/about")
    String saveAbout(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.About form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        Person person = access.openForEditing(user, id);
        if (result.hasErrors()) {
            return aboutForm(user, person, form, FormErrors.from(result, messages, PeopleForms.About.FIELDS), model);
        }
        changes.about(user, person, form);
        if (user.isPerson(id)) {
            currentUsers.refresh(user, request, response);
        }
        return saved(user, id, redirect);
    }

    @GetMapping("/people/{id}/contact")
    String editContact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        return contactForm(user, person, PeopleForms.Contact.of(person), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/contact")
    String saveContact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.Contact form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        if (result.hasErrors()) {
            return contactForm(user, person, form, FormErrors.from(result, messages, PeopleForms.Contact.FIELDS), model);
        }
        changes.contact(user, person, form);
        return saved(user, id, redirect);
    }

    @GetMapping("/people/{id}/roles-and-skills")
    String editRolesAndSkills(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        return rolesForm(user, person, PeopleForms.RolesAndSkills.of(person), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/roles-and-skills")
    String saveRolesAndSkills(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.RolesAndSkills form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        if (result.hasErrors()) {
            return rolesForm(user, person, form, FormErrors.from(result, messages, PeopleForms.RolesAndSkills.FIELDS), model);
        }
        changes.rolesAndSkills(user, person, form);
        return saved(user, id, redirect);
    }

    private String aboutForm(CurrentUser user, Person person, PeopleForms.About form, FormErrors errors, Model model) {
        editing(user, person, errors, model);
        model.addAttribute("form", form);
        return "people/about";
    }

    private String contactForm(CurrentUser user, Person person, PeopleForms.Contact form, FormErrors errors, Model model) {
        editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("preferenceOptions", labels.options(ContactPreference.class));
        return "people/contact";
    }

    private String rolesForm(CurrentUser user, Person person, PeopleForms.RolesAndSkills form, FormErrors errors, Model model) {
        editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("roleOptions", labels.options(InvolvementRole.class));
        return "people/rolesAndSkills";
    }

    static void editing(CurrentUser user, Person person, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("self", user.isPerson(person.id()));
        model.addAttribute("errors", errors);
    }

    static String saved(CurrentUser user, long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", user.isPerson(id) ? "Your changes have been saved" : "The changes have been saved");
        return "redirect:/people/" + id;
    }
}
