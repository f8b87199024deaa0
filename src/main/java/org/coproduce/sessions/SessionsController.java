package org.coproduce.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Quorum;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sessions of groups and projects: planning them, changing them, who came and what was decided. */
@Controller
class SessionsController {

    private final MeetingRepository sessions;
    private final Sessions changes;
    private final SessionViews views;
    private final AccessNeedsShown accessNeedsShown;
    private final Labels labels;

    SessionsController(MeetingRepository sessions, Sessions changes, SessionViews views, AccessNeedsShown accessNeedsShown, Labels labels) {
        this.sessions = sessions;
        this.accessNeedsShown = accessNeedsShown;
        this.changes = changes;
        this.views = views;
        this.labels = labels;
    }

    @GetMapping("/groups/{groupId}/meetings")
    String groupSessions(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        SessionHost host = views.groupHost(user, groupId);
        return list(user, host, "/groups/" + groupId, sessions.forGroup(user.organisationId(), groupId), model);
    }

    @GetMapping("/projects/{projectId}/sessions")
    String projectSessions(@AuthenticationPrincipal CurrentUser user, @PathVariable long projectId, Model model) {
        SessionHost host = views.projectHost(user, projectId);
        return list(user, host, "/projects/" + projectId, sessions.forProject(user.organisationId(), projectId), model);
    }

    @GetMapping("/groups/{groupId}/meetings/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newGroupSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        return form(views.groupHost(user, groupId), "/groups/" + groupId + "/meetings", null, SessionForm.empty(), FormErrors.none(), model);
    }

    @GetMapping("/projects/{projectId}/sessions/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newProjectSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long projectId, Model model) {
        return form(views.projectHost(user, projectId), "/projects/" + projectId + "/sessions", null,
                new SessionForm(SessionKind.WORKSHOP, null, null, null, null, null, null, null, null, null, null), FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/meetings")
    @PreAuthorize("hasRole('COORDINATOR')")
    String createForGroup(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, SessionForm form, Model model,
            RedirectAttributes redirect) {
        SessionHost host = views.groupHost(user, groupId);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(host, "/groups/" + groupId + "/meetings", null, form, FormErrors.of(problems), model);
        }
        long id = changes.plan(user, groupId, details);
        redirect.addFlashAttribute("notice", form.title() + " is planned, with an agenda to start from. Invite people next");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/projects/{projectId}/sessions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String createForProject(@AuthenticationPrincipal CurrentUser user, @PathVariable long projectId, SessionForm form, Model model,
            RedirectAttributes redirect) {
        SessionHost host = views.projectHost(user, projectId);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(host, "/projects/" + projectId + "/sessions", null, form, FormErrors.of(problems), model);
        }
        long id = changes.planForProject(user, projectId, details);
        redirect.addFlashAttribute("notice", form.title() + " is planned, with an agenda to start from. Invite people next");
        return "redirect:/sessions/" + id;
    }

    @GetMapping("/sessions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("view", sessionPage(user, id));
        model.addAttribute("rungOptions", org.coproduce.projects.Rung.topFirst(labels));
        return "sessions/session";
    }

    @GetMapping("/sessions/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Session session = views.session(user, id);
        return form(views.host(user, session), "/sessions/" + id, session, SessionForm.of(session), FormErrors.none(), model);
    }

    @PostMapping("/sessions/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, SessionForm form, Model model,
            RedirectAttributes redirect) {
        Session session = views.session(user, id);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(views.host(user, session), "/sessions/" + id, session, form, FormErrors.of(problems), model);
        }
        int told = changes.update(user, id, details);
        redirect.addFlashAttribute("notice", told == 0 ? "The changes are saved"
                : "The changes are saved, and " + (told == 1 ? "1 person invited has" : told + " people invited have") + " been emailed about them");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/attendance")
    @PreAuthorize("hasRole('COORDINATOR')")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present, RedirectAttributes redirect) {
        Quorum quorum;
        try {
            quorum = changes.recordAttendance(user, id, present == null ? List.of() : present);
        } catch (Sessions.NotYet notYet) {
            redirect.addFlashAttribute("problem", "You can record who came once the session has started");
            return "redirect:/sessions/" + id;
        }
        int came = sessions.attendees(user.organisationId(), id).size();
        Session session = views.session(user, id);
        redirect.addFlashAttribute("notice", !quorum.applies() || !session.needsQuorum() ? "Saved: " + came + " came"
                : quorum.quorate() ? "Saved: " + came + " came, and the meeting was quorate"
                : "Saved: " + came + " came. The meeting was not quorate");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/decisions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) org.coproduce.projects.Rung rung,
            @RequestParam(name = "participants", required = false) List<Long> participants, Model model, RedirectAttributes redirect) {
        String problem = text == null ? "Write what the meeting decided"
                : !SessionLimits.DECISION.allows(text) ? SessionLimits.DECISION.tooLong(text) + " Split it into more than one decision"
                : null;
        if (problem != null) {
            model.addAttribute("view", sessionPage(user, id));
            model.addAttribute("rungOptions", org.coproduce.projects.Rung.topFirst(labels));
            model.addAttribute("errors", FormErrors.of("text", problem));
            model.addAttribute("decisionText", text);
            model.addAttribute("decisionRung", rung == null ? null : rung.name());
            model.addAttribute("decisionParticipants", participants == null ? List.of() : participants.stream().map(String::valueOf).toList());
            return "sessions/session";
        }
        try {
            changes.decide(user, id, text, rung, participants == null ? List.of() : participants);
        } catch (Sessions.NotYet notYet) {
            redirect.addFlashAttribute("problem", "You can record decisions once the session has started");
            return "redirect:/sessions/" + id;
        }
        redirect.addFlashAttribute("notice", "The decision is recorded");
        return "redirect:/sessions/" + id + "#decisions";
    }

    /** The session's page, which shows coordinators the access needs of the people coming. */
    private SessionPage sessionPage(CurrentUser user, long id) {
        SessionPage view = views.page(user, id);
        accessNeedsShown.onSessionPage(user, view);
        return view;
    }

    private String list(CurrentUser user, SessionHost host, String hostHref, List<Session> all, Model model) {
        Instant now = Instant.now();
        model.addAttribute("host", host);
        model.addAttribute("hostHref", hostHref);
        model.addAttribute("upcoming", all.stream().filter(s -> !s.started(now)).sorted(Comparator.comparing(Session::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(s -> s.started(now)).toList());
        model.addAttribute("canManage", user.isCoordinator());
        return "sessions/meetings";
    }

    private String form(SessionHost host, String action, Session session, SessionForm form, FormErrors errors, Model model) {
        model.addAttribute("host", host);
        model.addAttribute("action", action);
        model.addAttribute("session", session);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindOptions", labels.options(SessionKind.class));
        return "sessions/form";
    }
}
