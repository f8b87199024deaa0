package org.coproduce.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Group;
import org.coproduce.groups.Groups;
import org.coproduce.groups.Quorum;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's meetings: planning them, who came, what was decided, and whether the decisions count. */
@Controller
class SessionsController {

    private static final int LONGEST_DECISION = 2000;

    private final MeetingRepository sessions;
    private final Sessions changes;
    private final Groups groups;
    private final Labels labels;

    SessionsController(MeetingRepository sessions, Sessions changes, Groups groups, Labels labels) {
        this.sessions = sessions;
        this.changes = changes;
        this.groups = groups;
        this.labels = labels;
    }

    @GetMapping("/groups/{groupId}/meetings")
    String meetings(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        Group group = group(user, groupId);
        Instant now = Instant.now();
        List<Session> all = sessions.forGroup(user.organisationId(), groupId);
        model.addAttribute("group", group);
        model.addAttribute("upcoming", all.stream().filter(s -> !s.started(now)).sorted(java.util.Comparator.comparing(Session::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(s -> s.started(now)).toList());
        model.addAttribute("canManage", user.isCoordinator());
        return "sessions/meetings";
    }

    @GetMapping("/groups/{groupId}/meetings/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, Model model) {
        return form(group(user, groupId), SessionForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/groups/{groupId}/meetings")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable long groupId, SessionForm form, Model model,
            RedirectAttributes redirect) {
        Group group = group(user, groupId);
        List<FormErrors.Error> problems = new ArrayList<>();
        var details = form.details(problems);
        if (details == null) {
            return form(group, form, FormErrors.of(problems), model);
        }
        long id = changes.plan(user, groupId, details);
        redirect.addFlashAttribute("notice", form.title() + " is planned");
        return "redirect:/sessions/" + id;
    }

    @GetMapping("/sessions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Session session = sessions.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
        Group group = group(user, session.groupId());
        Set<Long> attendees = sessions.attendees(user.organisationId(), id);
        model.addAttribute("view", new SessionPage(session, group,
                groups.membersOn(user.organisationId(), group.id(), session.day()),
                attendees,
                sessions.decisions(user.organisationId(), id),
                session.started(Instant.now()),
                user.isCoordinator()));
        return "sessions/session";
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
        Session session = sessions.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
        redirect.addFlashAttribute("notice", !quorum.applies() || !session.needsQuorum() ? "Saved: " + came + " came"
                : quorum.quorate() ? "Saved: " + came + " came, and the meeting was quorate"
                : "Saved: " + came + " came. The meeting was not quorate");
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/decisions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            Model model, RedirectAttributes redirect) {
        String problem = text == null ? "Write what the meeting decided"
                : text.length() > LONGEST_DECISION ? "Keep each decision to " + LONGEST_DECISION + " characters or fewer. Split it into more than one decision"
                : null;
        if (problem != null) {
            show(user, id, model);
            model.addAttribute("errors", FormErrors.of("text", problem));
            model.addAttribute("decisionText", text);
            return "sessions/session";
        }
        try {
            changes.decide(user, id, text);
        } catch (Sessions.NotYet notYet) {
            redirect.addFlashAttribute("problem", "You can record decisions once the session has started");
            return "redirect:/sessions/" + id;
        }
        redirect.addFlashAttribute("notice", "The decision is recorded");
        return "redirect:/sessions/" + id + "#decisions";
    }

    private String form(Group group, SessionForm form, FormErrors errors, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindOptions", labels.options(SessionKind.class));
        return "sessions/form";
    }

    private Group group(CurrentUser user, long groupId) {
        return groups.find(user.organisationId(), groupId).orElseThrow(NotFoundException::new);
    }
}
