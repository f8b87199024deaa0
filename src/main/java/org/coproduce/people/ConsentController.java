package org.coproduce.people;

import jakarta.validation.Valid;
import java.util.Locale;
import org.coproduce.accounts.CurrentUser;
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

/**
 * Consents: each one separate, given or taken back as easily, and every decision kept with who recorded it and how.
 * A person changing their own consent online is recorded as doing so themselves.
 */
@Controller
class ConsentController {

    private final PersonAccess access;
    private final ConsentRepository consents;
    private final RegisterChanges changes;
    private final MessageSource messages;
    private final Labels labels;

    ConsentController(PersonAccess access, ConsentRepository consents, RegisterChanges changes, MessageSource messages,
            Labels labels) {
        this.changes = changes;
        this.access = access;
        this.consents = consents;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/people/{id}/consents")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.open(user, id);
        return page(user, person, PeopleForms.ConsentChoice.empty(), FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/consents")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.ConsentChoice form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        boolean self = user.isPerson(id);
        if (!self && form.method() == null) {
            result.rejectValue("method", "consent.method.required");
        }
        if (result.hasErrors()) {
            return page(user, person, form, FormErrors.from(result, messages, PeopleForms.ConsentChoice.FIELDS), model);
        }
        ConsentMethod method = self ? ConsentMethod.ONLINE : form.method();
        changes.consent(user, person, form.purpose(), form.given(), method, form.note());
        String what = labels.of(form.purpose()).toLowerCase(Locale.UK);
        redirect.addFlashAttribute("notice", form.given()
                ? "Consent recorded: " + what
                : "Consent taken back: " + what + ". This is kept in the history");
        return "redirect:/people/" + id + "/consents";
    }

    private String page(CurrentUser user, Person person, PeopleForms.ConsentChoice form, FormErrors errors, Model model) {
        ProfileController.editing(user, person, errors, model);
        model.addAttribute("canRecord", PersonAccess.canEdit(user, person.id()) && !person.archived());
        model.addAttribute("current", consents.current(user.organisationId(), person.id()));
        model.addAttribute("history", consents.history(user.organisationId(), person.id()));
        model.addAttribute("form", form);
        model.addAttribute("purposeOptions", labels.options(ConsentPurpose.class));
        model.addAttribute("methodOptions", labels.options(ConsentMethod.class).stream()
                .filter(option -> !option.value().equals(ConsentMethod.ONLINE.name())).toList());
        return "people/consents";
    }
}
