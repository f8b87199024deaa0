package org.coproduce.people;

import jakarta.validation.Valid;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.privacy.Topic;
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

/** Access needs, equality monitoring and benefits: only coordinators and the person themselves reach these pages. */
@Controller
class SensitiveInformationController {

    private static final String WHERE = "On the page to change them";

    private final PersonAccess access;
    private final SensitiveInformationRepository sensitive;
    private final RegisterChanges changes;
    private final SensitiveViews views;
    private final MessageSource messages;
    private final Labels labels;

    SensitiveInformationController(PersonAccess access, SensitiveInformationRepository sensitive, RegisterChanges changes,
            SensitiveViews views, MessageSource messages, Labels labels) {
        this.access = access;
        this.sensitive = sensitive;
        this.changes = changes;
        this.views = views;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping("/people/{id}/access-needs")
    String editAccessNeeds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openSensitive(user, id);
        var form = PeopleForms.AccessNeeds.of(sensitive.accessAndCommunication(user.organisationId(), id));
        views.viewed(user, Topic.ACCESS_NEEDS, person, WHERE);
        return accessForm(user, person, form, FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/access-needs")
    String saveAccessNeeds(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.AccessNeeds form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openSensitive(user, id);
        if (result.hasErrors()) {
            return accessForm(user, person, form, FormErrors.from(result, messages, PeopleForms.AccessNeeds.FIELDS), model);
        }
        changes.accessNeeds(user, person, form.toAccess());
        return ProfileController.saved(user, id, redirect);
    }

    @GetMapping("/people/{id}/equality")
    String editEquality(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openSensitive(user, id);
        var form = PeopleForms.EqualityAnswers.of(sensitive.equality(user.organisationId(), id));
        views.viewed(user, Topic.EQUALITY, person, WHERE);
        return equalityForm(user, person, form, FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/equality")
    String saveEquality(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.EqualityAnswers form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openSensitive(user, id);
        if (result.hasErrors()) {
            return equalityForm(user, person, form, FormErrors.from(result, messages, PeopleForms.EqualityAnswers.FIELDS), model);
        }
        changes.equality(user, person, form.toEquality());
        return ProfileController.saved(user, id, redirect);
    }

    @GetMapping("/people/{id}/benefits")
    String editBenefits(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Person person = access.openSensitive(user, id);
        var form = PeopleForms.BenefitsAnswers.of(sensitive.benefits(user.organisationId(), id));
        views.viewed(user, Topic.BENEFITS, person, WHERE);
        return benefitsForm(user, person, form, FormErrors.none(), model);
    }

    @PostMapping("/people/{id}/benefits")
    String saveBenefits(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PeopleForms.BenefitsAnswers form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Person person = access.openSensitive(user, id);
        if (result.hasErrors()) {
            return benefitsForm(user, person, form, FormErrors.from(result, messages, PeopleForms.BenefitsAnswers.FIELDS), model);
        }
        changes.benefits(user, person, form.toBenefits());
        return ProfileController.saved(user, id, redirect);
    }

    private String accessForm(CurrentUser user, Person person, PeopleForms.AccessNeeds form, FormErrors errors, Model model) {
        ProfileController.editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("needOptions", labels.options(AccessNeed.class));
        model.addAttribute("formatOptions", labels.options(CommunicationFormat.class));
        return "people/accessNeeds";
    }

    private String equalityForm(CurrentUser user, Person person, PeopleForms.EqualityAnswers form, FormErrors errors, Model model) {
        ProfileController.editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("ageOptions", labels.options(Equality.AgeBand.class));
        model.addAttribute("disabilityOptions", labels.options(Equality.DisabilityAnswer.class));
        model.addAttribute("learningDisabilityOptions", labels.options(Equality.LearningDisability.class));
        model.addAttribute("ethnicityOptions", labels.options(Equality.Ethnicity.class));
        model.addAttribute("genderOptions", labels.options(Equality.Gender.class));
        model.addAttribute("orientationOptions", labels.options(Equality.SexualOrientation.class));
        model.addAttribute("religionOptions", labels.options(Equality.Religion.class));
        return "people/equality";
    }

    private String benefitsForm(CurrentUser user, Person person, PeopleForms.BenefitsAnswers form, FormErrors errors, Model model) {
        ProfileController.editing(user, person, errors, model);
        model.addAttribute("form", form);
        model.addAttribute("statusOptions", labels.options(Benefits.BenefitsStatus.class));
        model.addAttribute("benefitOptions", labels.options(Benefits.Benefit.class));
        return "people/benefits";
    }
}
