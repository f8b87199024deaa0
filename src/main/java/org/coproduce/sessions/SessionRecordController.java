package org.coproduce.sessions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.plainenglish.Report;
import org.coproduce.web.DateField;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Option;
import org.coproduce.web.Refused;
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
 * Recording what happened at a session (who spoke on each item, insights in people's own words, actions) and the
 * follow-up that tells each person where they made a difference. Coordinators only; partners see their impact.
 */
@Controller
class SessionRecordController {

    private final Sessions changes;
    private final SessionViews views;
    private final MeetingRepository sessions;
    private final AgendaRepository agenda;
    private final SessionRecordRepository record;
    private final Register register;
    private final WritingCheck check;

    SessionRecordController(Sessions changes, SessionViews views, MeetingRepository sessions, AgendaRepository agenda,
            SessionRecordRepository record, Register register, WritingCheck check) {
        this.changes = changes;
        this.views = views;
        this.sessions = sessions;
        this.agenda = agenda;
        this.record = record;
        this.register = register;
        this.check = check;
    }

    @GetMapping("/sessions/{id}/record")
    @PreAuthorize("hasRole('COORDINATOR')")
    String recordPage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return page(user, id, FormErrors.none(), Map.of(), model);
    }

    @PostMapping("/sessions/{id}/contributions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String contributions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        Map<Long, Set<Long>> spoke = new HashMap<>();
        for (AgendaItem item : agenda.items(user.organisationId(), id)) {
            String[] people = request.getParameterValues("spoke-" + item.id());
            Set<Long> ids = new HashSet<>();
            if (people != null) {
                for (String person : people) {
                    if (person.matches("\\d{1,18}")) {
                        ids.add(Long.parseLong(person));
                    }
                }
            }
            spoke.put(item.id(), ids);
        }
        try {
            changes.recordContributions(user, id, spoke);
        } catch (Sessions.NotYet notYet) {
            redirect.addFlashAttribute("problem", "You can record who spoke once the session has started");
            return "redirect:/sessions/" + id;
        }
        redirect.addFlashAttribute("notice", "Saved who spoke on each item");
        return "redirect:/sessions/" + id + "/record#voices";
    }

    @PostMapping("/sessions/{id}/insights")
    @PreAuthorize("hasRole('COORDINATOR')")
    String insight(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) Long saidBy, @RequestParam(required = false) String ownWords, Model model,
            RedirectAttributes redirect) {
        String problem = text == null ? "Write what was said, in the person's own words if you can"
                : SessionLimits.INSIGHT.allows(text) ? null : SessionLimits.INSIGHT.tooLong(text);
        if (problem == null) {
            try {
                changes.addInsight(user, id, saidBy, text, ownWords != null);
            } catch (Refused refused) {
                model.addAttribute("saidBy", saidBy);
                return page(user, id, FormErrors.of(refused), Map.of("text", text), model);
            }
            redirect.addFlashAttribute("notice", "The insight is saved");
            return "redirect:/sessions/" + id + "/record#insights";
        }
        model.addAttribute("saidBy", saidBy);
        return page(user, id, FormErrors.of("text", problem), text == null ? Map.of() : Map.of("text", text), model);
    }

    @PostMapping("/sessions/{id}/actions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String action(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String what,
            @RequestParam(required = false) Long owner, @RequestParam(required = false) String dueOnDay,
            @RequestParam(required = false) String dueOnMonth, @RequestParam(required = false) String dueOnYear, Model model,
            RedirectAttributes redirect) {
        List<FormErrors.Error> problems = new ArrayList<>();
        if (what == null) {
            problems.add(new FormErrors.Error("what", "Say what will be done"));
        } else {
            SessionLimits.ACTION.check("what", what, problems);
        }
        if (owner == null) {
            problems.add(new FormErrors.Error("owner", "Choose who will do it"));
        }
        DateField due = DateField.parse(dueOnDay, dueOnMonth, dueOnYear, "the day it is due");
        if (due.missing()) {
            problems.add(new FormErrors.Error("dueOn", "Enter the day it is due"));
        } else if (due.error() != null) {
            problems.add(new FormErrors.Error("dueOn", due.error()));
        }
        if (problems.isEmpty()) {
            try {
                changes.addAction(user, id, what, owner, due.date());
                redirect.addFlashAttribute("notice", "The action is saved");
                return "redirect:/sessions/" + id + "/record#actions";
            } catch (Refused refused) {
                problems.addAll(refused.errors().all());
            }
        }
        Map<String, String> typed = new HashMap<>();
        if (what != null) {
            typed.put("what", what);
        }
        model.addAttribute("due", due);
        model.addAttribute("owner", owner);
        return page(user, id, FormErrors.of(problems), typed, model);
    }

    @PostMapping("/sessions/{id}/actions/{actionId}/done")
    @PreAuthorize("hasRole('COORDINATOR')")
    String done(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long actionId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        if (!SessionLimits.DONE_NOTE.allows(note)) {
            redirect.addFlashAttribute("problem", SessionLimits.DONE_NOTE.tooLong(note) + " The action is not marked as done");
            return "redirect:/sessions/" + id + "/record#actions";
        }
        changes.markActionDone(user, id, actionId, note);
        redirect.addFlashAttribute("notice", "Marked as done");
        return "redirect:/sessions/" + id + "/record#actions";
    }

    @GetMapping("/sessions/{id}/follow-up")
    @PreAuthorize("hasRole('COORDINATOR')")
    String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return followUpPage(user, id, Map.of(), null, null, null, FormErrors.none(), model);
    }

    @PostMapping("/sessions/{id}/follow-up")
    @PreAuthorize("hasRole('COORDINATOR')")
    String sendFollowUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletRequest request,
            @RequestParam(required = false) String toEveryone, @RequestParam(required = false) Boolean sendAnyway, Model model,
            RedirectAttributes redirect) {
        Set<Long> came = sessions.attendees(user.organisationId(), id);
        Map<Long, String> personal = new LinkedHashMap<>();
        for (long person : came) {
            String text = request.getParameter("for-" + person);
            if (text != null && !text.isBlank()) {
                personal.put(person, text.strip());
            }
        }
        if (toEveryone == null && personal.isEmpty()) {
            return followUpPage(user, id, personal, toEveryone, null, null,
                    FormErrors.of("toEveryone", "Write to everyone, or to at least one person, where their contribution made a difference"), model);
        }
        List<FormErrors.Error> tooLong = new ArrayList<>();
        SessionLimits.FOLLOW_UP.check("toEveryone", toEveryone, tooLong);
        personal.forEach((person, text) -> SessionLimits.FOLLOW_UP.check("for-" + person, text, tooLong));
        if (!tooLong.isEmpty()) {
            return followUpPage(user, id, personal, toEveryone, null, null, FormErrors.of(tooLong), model);
        }
        String all = String.join("\n\n", new ArrayList<>(personal.values())) + (toEveryone == null ? "" : "\n\n" + toEveryone);
        long withoutEmail = came.stream().filter(person -> register.find(user.organisationId(), person)
                .map(p -> p.email() == null).orElse(true)).count();
        Report report = check.check(user.organisationId(), all.strip());
        if (report.needsWarning() && !Boolean.TRUE.equals(sendAnyway)) {
            return followUpPage(user, id, personal, toEveryone, report, report, FormErrors.none(), model);
        }
        int emailed;
        try {
            emailed = changes.sendFollowUp(user, id, personal, toEveryone);
        } catch (Refused refused) {
            return followUpPage(user, id, personal, toEveryone, null, null, FormErrors.of(refused), model);
        } catch (Sessions.NotYet notYet) {
            redirect.addFlashAttribute("problem", "You can follow up once the session has happened");
            return "redirect:/sessions/" + id;
        }
        if (report.needsWarning()) {
            check.recordPublishedDespiteWarning(user, "Follow-up: " + views.session(user, id).title(), report);
        }
        redirect.addFlashAttribute("notice", "Follow-up sent: " + (emailed == 1 ? "1 person was" : emailed + " people were")
                + " emailed, and it is on the Your impact page of everyone who signs in. The session is closed"
                + (withoutEmail == 0 ? "" : ". " + (withoutEmail == 1 ? "1 person has" : withoutEmail + " people have")
                        + " no email address: tell them another way"));
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/follow-up/skip")
    @PreAuthorize("hasRole('COORDINATOR')")
    String skip(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect) {
        if (reason == null) {
            return followUpPage(user, id, Map.of(), null, null, null,
                    FormErrors.of("reason", "Say why there will be no follow-up. People should always hear what happened after they took part"), model);
        }
        try {
            if (!SessionLimits.NO_FOLLOW_UP_REASON.allows(reason)) {
                model.addAttribute("reason", reason);
                return followUpPage(user, id, Map.of(), null, null, null,
                        FormErrors.of("reason", SessionLimits.NO_FOLLOW_UP_REASON.tooLong(reason)), model);
            }
            changes.skipFollowUp(user, id, reason);
        } catch (Refused refused) {
            return followUpPage(user, id, Map.of(), null, null, null, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", "The session is closed without follow-up. The reason is kept");
        return "redirect:/sessions/" + id;
    }

    @GetMapping("/your-impact")
    String impact(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        model.addAttribute("impact", record.impactOf(user.organisationId(), user.personId()));
        model.addAttribute("easyRead", request.getParameterMap().containsKey("easy-read"));
        return "sessions/impact";
    }

    private String page(CurrentUser user, long id, FormErrors errors, Map<String, String> typed, Model model) {
        SessionPage view = views.page(user, id);
        List<Candidate> came = view.candidates().stream().filter(view::attended).toList();
        Map<Long, Set<Long>> spoke = record.contributions(user.organisationId(), id);
        model.addAttribute("view", view);
        model.addAttribute("came", came);
        model.addAttribute("spoke", spoke);
        model.addAttribute("notYetHeard", Voices.notYetHeard(came, spoke));
        model.addAttribute("insights", record.insights(user.organisationId(), id));
        model.addAttribute("actions", record.actions(user.organisationId(), id));
        model.addAttribute("people", register.everyoneCurrent(user.organisationId()).stream()
                .map(p -> new Option(String.valueOf(p.id()), p.fullName())).toList());
        model.addAttribute("cameOptions", came.stream().map(c -> new Option(String.valueOf(c.personId()), c.name())).toList());
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(Dates.LONDON));
        if (!model.containsAttribute("due")) {
            model.addAttribute("due", DateField.empty());
        }
        if (!model.containsAttribute("saidBy")) {
            model.addAttribute("saidBy", null);
        }
        if (!model.containsAttribute("owner")) {
            model.addAttribute("owner", null);
        }
        model.addAttribute("errors", errors);
        return "sessions/record";
    }

    private String followUpPage(CurrentUser user, long id, Map<Long, String> personal, String toEveryone, Report check, Report warning,
            FormErrors errors, Model model) {
        SessionPage view = views.page(user, id);
        model.addAttribute("view", view);
        model.addAttribute("came", view.candidates().stream().filter(view::attended).toList());
        model.addAttribute("personal", personal);
        model.addAttribute("toEveryone", toEveryone);
        model.addAttribute("followUps", record.followUps(user.organisationId(), id));
        model.addAttribute("check", check);
        model.addAttribute("warning", warning);
        model.addAttribute("errors", errors);
        return "sessions/followUp";
    }
}
