package org.coproduce.people;

import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.Paging;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register: finding people, and adding someone new. */
@Controller
class PeopleController {

    private final PersonRepository people;
    private final RegisterChanges register;
    private final SensitiveViews sensitiveViews;
    private final MessageSource messages;
    private final Labels labels;

    PeopleController(PersonRepository people, RegisterChanges register, SensitiveViews sensitiveViews, MessageSource messages,
            Labels labels) {
        this.people = people;
        this.sensitiveViews = sensitiveViews;
        this.register = register;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'STAFF')")
    String list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) InvolvementRole role,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) AccessNeed need,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var search = new PeopleSearch(name, role, skill, need, includeArchived, page);
        if (!user.isCoordinator()) {
            search = search.withoutNeed();
        }
        int total = people.count(user.organisationId(), search);
        search = search.onPageWithin(total);
        model.addAttribute("search", search);
        List<Person> found = people.search(user.organisationId(), search);
        if (search.need() != null) {
            sensitiveViews.searchedByNeed(user, found, labels.of(search.need()));
        }
        model.addAttribute("people", found);
        model.addAttribute("paging", new Paging(search.page(), PeopleSearch.PAGE_SIZE, total, "/people", searchQuery(search)));
        model.addAttribute("canSearchNeeds", user.isCoordinator());
        model.addAttribute("canAdd", user.isCoordinator());
        model.addAttribute("roleOptions", labels.options(InvolvementRole.class));
        model.addAttribute("needOptions", labels.options(AccessNeed.class));
        return "people/list";
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newPerson(Model model) {
        return newPersonForm(PeopleForms.NewPerson.empty(), FormErrors.none(), model);
    }

    @PostMapping("/people")
    @PreAuthorize("hasRole('COORDINATOR')")
    String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PeopleForms.NewPerson form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newPersonForm(form, FormErrors.from(result, messages, PeopleForms.NewPerson.FIELDS), model);
        }
        long id = register.add(user, PersonDetails.basic(form.fullName(), form.knownAs(), form.email(),
                form.phone(), form.roles()), "Added to the register");
        redirect.addFlashAttribute("notice", form.fullName() + " has been added to the register");
        return "redirect:/people/" + id;
    }

    /** Everyone's own profile, whatever their role. */
    @GetMapping("/profile")
    String ownProfile(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/people/" + user.personId();
    }

    private String newPersonForm(PeopleForms.NewPerson form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roleOptions", labels.options(InvolvementRole.class));
        return "people/new";
    }

    private static String searchQuery(PeopleSearch search) {
        var query = new StringBuilder();
        append(query, "name", search.name());
        append(query, "role", search.role() == null ? null : search.role().name());
        append(query, "skill", search.skill());
        append(query, "need", search.need() == null ? null : search.need().name());
        if (search.includeArchived()) {
            append(query, "includeArchived", "true");
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
