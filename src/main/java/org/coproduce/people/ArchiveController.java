package org.coproduce.people;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
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

/**
 * Archiving takes someone out of the register's everyday lists and stops them signing in, but keeps them in history:
 * the meetings they were at and the difference they made stay on record. They can be brought back.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ArchiveController {

    private final PersonAccess access;
    private final Archiving archiving;

    ArchiveController(PersonAccess access, Archiving archiving) {
        this.access = access;
        this.archiving = archiving;
    }

    @GetMapping("/people/{id}/archive")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openForEditing(user, id);
        return confirmation(person, FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/archive")
    String archive(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        Person person = access.openForEditing(user, id);
        try {
            archiving.archive(user, person);
        } catch (Refused refused) {
            return confirmation(person, FormErrors.of("archive", refused.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", person.fullName() + " has been archived");
        return "redirect:/people/" + id;
    }

    @PostMapping("/people/{id}/restore")
    String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Person person = access.open(user, id);
        if (!person.archived()) {
            throw new NotFoundException();
        }
        archiving.restore(user, person);
        redirect.addFlashAttribute("notice", person.fullName() + " is back in the register. If they should sign in again, reactivate their access below");
        return "redirect:/people/" + id;
    }

    private static String confirmation(Person person, FormErrors errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        return "people/archive";
    }
}
