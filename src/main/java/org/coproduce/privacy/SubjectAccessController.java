package org.coproduce.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.DateField;
import org.coproduce.web.Dates;
import org.coproduce.web.FileResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Option;
import org.springframework.http.ResponseEntity;
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
 * Requests for a copy of everything we hold about someone: coordinators record them and give the copy; anyone signed in
 * can ask for their own and download it.
 */
@Controller
class SubjectAccessController {

    private final SubjectAccess subjectAccess;
    private final SubjectAccessRepository requests;
    private final Erasure erasure;
    private final PersonNames names;
    private final Labels labels;

    SubjectAccessController(SubjectAccess subjectAccess, SubjectAccessRepository requests, Erasure erasure, PersonNames names,
            Labels labels) {
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.requests = requests;
        this.names = names;
        this.labels = labels;
    }

    @GetMapping("/privacy/requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", requests.all(user.organisationId()));
        model.addAttribute("erasures", erasure.done(user.organisationId()));
        model.addAttribute("today", Typed.today());
        return "privacy/requests";
    }

    @GetMapping("/privacy/requests/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newRequest(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long personId, Model model) {
        return newRequestForm(user, personId == null ? null : String.valueOf(personId), DateField.of(Typed.today()), null,
                FormErrors.none(), model);
    }

    @PostMapping("/privacy/requests")
    @PreAuthorize("hasRole('COORDINATOR')")
    String record(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        Long personId = Typed.number(form.get("personId"));
        String name = personId == null ? null : names.of(user.organisationId(), personId).orElse(null);
        if (name == null) {
            problems.add(new FormErrors.Error("personId", "Choose whose information was asked for"));
        }
        DateField received = DateField.parse(form.get("receivedDay"), form.get("receivedMonth"), form.get("receivedYear"),
                "the day we received it");
        if (received.missing()) {
            problems.add(new FormErrors.Error("received", "Enter the day we received the request"));
        } else if (received.error() != null) {
            problems.add(new FormErrors.Error("received", received.error()));
        } else if (received.date().isAfter(Typed.today())) {
            problems.add(new FormErrors.Error("received", "The day we received it cannot be in the future"));
        }
        SubjectAccessRequest.ReceivedHow how = receivedHow(form.get("receivedHow"));
        if (how == null || how == SubjectAccessRequest.ReceivedHow.ONLINE) {
            problems.add(new FormErrors.Error("receivedHow", "Choose how the request reached us"));
        }
        if (!problems.isEmpty()) {
            return newRequestForm(user, form.get("personId"), received, form.get("receivedHow"), FormErrors.of(problems), model);
        }
        long id = subjectAccess.ask(user, personId, name, received.date(), how);
        redirect.addFlashAttribute("notice", "Request recorded. We are making the copy now: it takes a minute or so");
        return "redirect:/privacy/requests/" + id;
    }

    @GetMapping("/privacy/requests/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String request(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return requestPage(user, request(user, id), DateField.of(Typed.today()), FormErrors.none(), model);
    }

    @PostMapping("/privacy/requests/{id}/download")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return file(user, request(user, id));
    }

    @PostMapping("/privacy/requests/{id}/try-again")
    @PreAuthorize("hasRole('COORDINATOR')")
    String tryAgain(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        requests.tryAgain(user.organisationId(), request(user, id).id());
        redirect.addFlashAttribute("notice", "We are making the copy again");
        return "redirect:/privacy/requests/" + id;
    }

    @PostMapping("/privacy/requests/{id}/given")
    @PreAuthorize("hasRole('COORDINATOR')")
    String given(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, RedirectAttributes redirect) {
        SubjectAccessRequest request = request(user, id);
        DateField on = DateField.parse(form.get("givenDay"), form.get("givenMonth"), form.get("givenYear"), "the day it reached them");
        String problem = on.missing() ? "Enter the day the copy reached them" : on.error() != null ? on.error()
                : on.date().isAfter(Typed.today()) ? "The day it reached them cannot be in the future"
                : on.date().isBefore(request.receivedOn()) ? "The day it reached them cannot be before we received the request" : null;
        if (problem != null) {
            return requestPage(user, request, on, FormErrors.of("given", problem), model);
        }
        subjectAccess.given(user, request, on.date());
        redirect.addFlashAttribute("notice", "Recorded: the copy reached " + request.personName() + " on " + Dates.date(on.date()));
        return "redirect:/privacy/requests/" + id;
    }

    @GetMapping("/your-information")
    String yours(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", requests.of(user.organisationId(), user.personId()));
        model.addAttribute("now", Instant.now());
        return "privacy/yours";
    }

    @PostMapping("/your-information")
    String askForYours(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        String name = names.of(user.organisationId(), user.personId()).orElseThrow(NotFoundException::new);
        subjectAccess.ask(user, user.personId(), name, Typed.today(), SubjectAccessRequest.ReceivedHow.ONLINE);
        redirect.addFlashAttribute("notice", "We are making your copy now. Come back to this page in a few minutes to download it");
        return "redirect:/your-information";
    }

    @PostMapping("/your-information/{id}/download")
    ResponseEntity<byte[]> downloadYours(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        SubjectAccessRequest request = request(user, id);
        if (!user.isPerson(request.personId())) {
            throw new NotFoundException();
        }
        return file(user, request);
    }

    private ResponseEntity<byte[]> file(CurrentUser user, SubjectAccessRequest request) {
        byte[] copy = subjectAccess.download(user, request);
        String name = "everything-we-hold-" + request.personName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                + "-" + request.id() + ".zip";
        return FileResponse.download(name, "application/zip", copy, "no-store");
    }

    private SubjectAccessRequest request(CurrentUser user, long id) {
        return requests.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    private String requestPage(CurrentUser user, SubjectAccessRequest request, DateField given, FormErrors errors, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("given", given);
        model.addAttribute("errors", errors);
        model.addAttribute("today", Typed.today());
        model.addAttribute("now", Instant.now());
        return "privacy/request";
    }

    private String newRequestForm(CurrentUser user, String personId, DateField received, String how, FormErrors errors, Model model) {
        model.addAttribute("people", names.everyone(user.organisationId()).entrySet().stream()
                .map(person -> new Option(String.valueOf(person.getKey()), person.getValue(), "")).toList());
        model.addAttribute("personId", personId);
        model.addAttribute("received", received);
        model.addAttribute("how", how);
        model.addAttribute("howOptions", labels.options(SubjectAccessRequest.ReceivedHow.class).stream()
                .filter(option -> !option.value().equals(SubjectAccessRequest.ReceivedHow.ONLINE.name())).toList());
        model.addAttribute("errors", errors);
        return "privacy/newRequest";
    }



    private static SubjectAccessRequest.ReceivedHow receivedHow(String name) {
        for (SubjectAccessRequest.ReceivedHow how : SubjectAccessRequest.ReceivedHow.values()) {
            if (how.name().equals(name)) {
                return how;
            }
        }
        return null;
    }
}
