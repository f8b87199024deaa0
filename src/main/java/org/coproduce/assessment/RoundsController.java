package org.coproduce.assessment;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.DateField;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
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

/**
 * Rounds: coordinators start them and see the results; each person asked rates on their own, and sees the results
 * only once they have sent their own ratings.
 */
@Controller
class RoundsController {

    private final Rounds rounds;
    private final RoundRepository stored;
    private final FrameworkRepository frameworks;
    private final Register register;
    private final ResultsPage resultsPage;
    private final org.coproduce.web.Labels labels;

    RoundsController(Rounds rounds, RoundRepository stored, FrameworkRepository frameworks, Register register, ResultsPage resultsPage,
            org.coproduce.web.Labels labels) {
        this.resultsPage = resultsPage;
        this.labels = labels;
        this.rounds = rounds;
        this.stored = stored;
        this.frameworks = frameworks;
        this.register = register;
    }

    @GetMapping("/assessment")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("yours", stored.roundsOf(user.organisationId(), user.personId()));
        model.addAttribute("all", user.isCoordinator() ? stored.rounds(user.organisationId()) : List.of());
        model.addAttribute("coordinator", user.isCoordinator());
        model.addAttribute("today", LocalDate.now(Dates.LONDON));
        return "assessment/rounds";
    }

    @GetMapping("/assessment/rounds/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String startForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return startPage(user, null, null, DateField.empty(), Set.of(), FormErrors.none(), model);
    }

    @PostMapping("/assessment/rounds")
    @PreAuthorize("hasRole('COORDINATOR')")
    String start(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Long framework = number(request.getParameter("framework"));
        String title = request.getParameter("title");
        DateField closes = DateField.parse(request.getParameter("closesDay"), request.getParameter("closesMonth"),
                request.getParameter("closesYear"), "the closing day");
        Set<Long> people = new HashSet<>();
        for (String id : request.getParameterValues("people") == null ? new String[0] : request.getParameterValues("people")) {
            Long value = number(id);
            if (value != null) {
                people.add(value);
            }
        }
        if (closes.error() != null) {
            return startPage(user, framework, title, closes, people, FormErrors.of("closes", closes.error()), model);
        }
        try {
            long round = rounds.start(user, framework, title, closes.date(), people);
            redirect.addFlashAttribute("notice", "The round has started. The people you chose can rate it from their Self-assessment page");
            return "redirect:/assessment/rounds/" + round;
        } catch (Refused refused) {
            return startPage(user, framework, title, closes, people, FormErrors.of(refused), model);
        }
    }

    @GetMapping("/assessment/rounds/{id}")
    String round(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        var me = stored.rater(user.organisationId(), id, user.personId());
        if (!user.isCoordinator() && me.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("round", round);
        model.addAttribute("framework", rounds.framework(user.organisationId(), round));
        model.addAttribute("raters", user.isCoordinator() ? stored.raters(user.organisationId(), id) : List.of());
        model.addAttribute("me", me.orElse(null));
        model.addAttribute("coordinator", user.isCoordinator());
        model.addAttribute("closed", round.closed(LocalDate.now(Dates.LONDON)));
        return "assessment/round";
    }

    @GetMapping("/assessment/rounds/{id}/rate")
    String rateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        Rater me = stored.rater(user.organisationId(), id, user.personId()).orElseThrow(NotFoundException::new);
        return ratePage(user, round, me, stored.ratingsOf(user.organisationId(), id, user.personId()), me.nameShown(), FormErrors.none(), model);
    }

    @PostMapping("/assessment/rounds/{id}/rate")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        Rater me = stored.rater(user.organisationId(), id, user.personId()).orElseThrow(NotFoundException::new);
        Framework framework = rounds.framework(user.organisationId(), round);
        Map<String, GivenRating> given = new LinkedHashMap<>();
        Map<String, GivenRating> typed = new LinkedHashMap<>();
        List<FormErrors.Error> unrated = new java.util.ArrayList<>();
        for (Framework.Indicator indicator : framework.indicators()) {
            String code = indicator.code();
            GivenRating answer = new GivenRating(code, rating(request.getParameter("rating-" + code)), text(request.getParameter("comment-" + code)),
                    text(request.getParameter("evidence-" + code)));
            typed.put(code, answer);
            if (answer.rating() != null) {
                given.put(code, answer);
            } else if (answer.comment() != null || answer.evidence() != null) {
                unrated.add(new FormErrors.Error("rating-" + code, "Choose a rating for " + code + ", or \"Don't know\", so that your comment is kept"));
            }
        }
        if (!unrated.isEmpty()) {
            return ratePage(user, round, me, typed, "yes".equals(request.getParameter("nameShown")), FormErrors.of(unrated), model);
        }
        boolean send = request.getParameterMap().containsKey("send");
        boolean nameShown = "yes".equals(request.getParameter("nameShown"));
        Map<String, EvidenceFile> files = new LinkedHashMap<>();
        List<FormErrors.Error> fileProblems = new java.util.ArrayList<>();
        var multipart = org.springframework.web.util.WebUtils.getNativeRequest(request, org.springframework.web.multipart.MultipartRequest.class);
        if (multipart != null) {
            for (Framework.Indicator indicator : framework.indicators()) {
                var file = multipart.getFile("evidenceFile-" + indicator.code());
                if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                    try {
                        EvidenceFile checked = EvidenceFile.check(indicator.code(), file.getOriginalFilename(), file.getBytes(), fileProblems);
                        if (checked != null) {
                            files.put(indicator.code(), checked);
                        }
                    } catch (java.io.IOException unreadable) {
                        fileProblems.add(new FormErrors.Error("evidenceFile-" + indicator.code(), "The file could not be read. Choose it again"));
                    }
                }
            }
        }
        if (!fileProblems.isEmpty()) {
            return ratePage(user, round, me, typed, nameShown, FormErrors.of(fileProblems), model);
        }
        try {
            rounds.rate(user, id, given, files, send, nameShown);
        } catch (Refused refused) {
            return ratePage(user, round, me, typed, nameShown, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", send ? "Thank you. Your ratings are sent, and you can now see everyone's"
                : "Saved. You can come back and finish before " + Dates.date(round.closesOn()));
        return send ? "redirect:/assessment/rounds/" + id + "/results" : "redirect:/assessment/rounds/" + id + "/rate";
    }

    @GetMapping("/assessment/rounds/{id}/report.pdf")
    @PreAuthorize("hasRole('COORDINATOR')")
    org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        return download(RoundReport.pdf(resultsPage.contents(user, round), labels), "application/pdf", "self-assessment-" + id + ".pdf");
    }

    @GetMapping("/assessment/rounds/{id}/report.csv")
    @PreAuthorize("hasRole('COORDINATOR')")
    org.springframework.http.ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        Round round = stored.round(user.organisationId(), id).orElseThrow(NotFoundException::new);
        return download(RoundReport.csv(resultsPage.contents(user, round)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/csv;charset=UTF-8", "self-assessment-" + id + ".csv");
    }

    private static org.springframework.http.ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(org.springframework.http.MediaType.parseMediaType(type))
                .body(body);
    }

    @GetMapping("/assessment/rounds/{id}/evidence/{fileId}")
    org.springframework.http.ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long fileId) {
        boolean sentOwn = stored.rater(user.organisationId(), id, user.personId()).map(Rater::submitted).orElse(false);
        if (!user.isCoordinator() && !sentOwn) {
            throw new NotFoundException();
        }
        EvidenceFile file = stored.evidenceFile(user.organisationId(), id, fileId).orElseThrow(NotFoundException::new);
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/assessment/rounds/{id}/results")
    String results(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return resultsPage.show(user, id, FormErrors.none(), model);
    }

    private String ratePage(CurrentUser user, Round round, Rater me, Map<String, GivenRating> given, boolean nameShown, FormErrors errors,
            Model model) {
        model.addAttribute("round", round);
        model.addAttribute("framework", rounds.framework(user.organisationId(), round));
        model.addAttribute("given", given);
        model.addAttribute("me", me);
        model.addAttribute("nameShown", nameShown);
        model.addAttribute("closed", round.closed(LocalDate.now(Dates.LONDON)));
        model.addAttribute("evidence", stored.ownEvidence(user.organisationId(), round.id(), user.personId()));
        model.addAttribute("errors", errors);
        return "assessment/rate";
    }

    private String startPage(CurrentUser user, Long framework, String title, DateField closes, Set<Long> people, FormErrors errors,
            Model model) {
        model.addAttribute("frameworkOptions", frameworks.available(user.organisationId()).stream()
                .map(f -> new Option(String.valueOf(f.frameworkId()), f.name(), f.builtIn() ? "Built in" : "Your own, version " + f.version()))
                .toList());
        model.addAttribute("peopleOptions", register.everyoneCurrent(user.organisationId()).stream()
                .map(p -> new Option(String.valueOf(p.id()), p.fullName(), Rounds.side(p) == Side.LIVED_EXPERIENCE
                        ? "Lived experience or carer" : "Staff, board or other"))
                .toList());
        model.addAttribute("framework", framework == null ? null : String.valueOf(framework));
        model.addAttribute("title", title);
        model.addAttribute("closes", closes);
        model.addAttribute("people", people.stream().map(String::valueOf).toList());
        model.addAttribute("errors", errors);
        return "assessment/roundForm";
    }

    static Rating rating(String value) {
        try {
            return value == null ? null : Rating.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
