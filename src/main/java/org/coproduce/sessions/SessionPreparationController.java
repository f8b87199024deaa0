package org.coproduce.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Getting a session ready: its agenda, who is invited, and arranging what people need. Coordinators only. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class SessionPreparationController {

    private final Sessions changes;
    private final SessionViews views;
    private final AgendaRepository agenda;
    private final SessionInvitationRepository invitations;
    private final Register register;
    private final AccessNeedsShown accessNeedsShown;
    private final Labels labels;

    SessionPreparationController(Sessions changes, SessionViews views, AgendaRepository agenda, SessionInvitationRepository invitations,
            Register register, AccessNeedsShown accessNeedsShown, Labels labels) {
        this.changes = changes;
        this.accessNeedsShown = accessNeedsShown;
        this.views = views;
        this.agenda = agenda;
        this.invitations = invitations;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/sessions/{id}/agenda")
    String agenda(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return agendaPage(user, views.session(user, id), null, null, null, FormErrors.none(), model);
    }

    @PostMapping("/sessions/{id}/agenda")
    String addItem(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) AgendaKind kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String minutes, Model model,
            RedirectAttributes redirect) {
        Session session = views.session(user, id);
        List<FormErrors.Error> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FormErrors.Error("kind", "Choose what kind of item it is"));
        }
        if (title == null) {
            problems.add(new FormErrors.Error("title", "Enter what the item is, like \"Talk about transport\""));
        } else {
            SessionLimits.AGENDA_TITLE.check("title", title, problems);
        }
        Integer length = null;
        try {
            length = minutes == null ? null : Integer.valueOf(minutes.trim());
        } catch (NumberFormatException notANumber) {
            length = null;
        }
        if (length == null || length < 1 || length > 480) {
            problems.add(new FormErrors.Error("minutes", "Enter how many minutes it takes, as a whole number like 20"));
        }
        if (!problems.isEmpty()) {
            return agendaPage(user, session, kind, title, minutes, FormErrors.of(problems), model);
        }
        changes.addAgendaItem(user, id, kind, title, length);
        redirect.addFlashAttribute("notice", "\"" + title + "\" is added to the end of the agenda");
        return "redirect:/sessions/" + id + "/agenda";
    }

    @PostMapping("/sessions/{id}/agenda/{itemId}/up")
    String up(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long itemId) {
        changes.moveAgendaItem(user, id, itemId, true);
        return "redirect:/sessions/" + id + "/agenda#item-" + itemId;
    }

    @PostMapping("/sessions/{id}/agenda/{itemId}/down")
    String down(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long itemId) {
        changes.moveAgendaItem(user, id, itemId, false);
        return "redirect:/sessions/" + id + "/agenda#item-" + itemId;
    }

    @PostMapping("/sessions/{id}/agenda/{itemId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        AgendaItem item = agenda.items(user.organisationId(), id).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(NotFoundException::new);
        changes.removeAgendaItem(user, id, itemId);
        redirect.addFlashAttribute("notice", "\"" + item.title() + "\" is taken off the agenda");
        return "redirect:/sessions/" + id + "/agenda";
    }

    @GetMapping("/sessions/{id}/invitations")
    String invitations(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        return invitationsPage(user, views.session(user, id), FormErrors.none(), model);
    }

    @PostMapping("/sessions/{id}/invitations")
    String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(name = "personId", required = false) List<Long> people, Model model, RedirectAttributes redirect) {
        Session session = views.session(user, id);
        if (people == null || people.isEmpty()) {
            return invitationsPage(user, session, FormErrors.of("personId", "Choose at least one person to invite"), model);
        }
        Sessions.Invited invited;
        try {
            invited = changes.invite(user, id, people);
        } catch (Refused refused) {
            return invitationsPage(user, session, FormErrors.of(refused), model);
        }
        List<String> lines = new ArrayList<>();
        if (!invited.invited().isEmpty()) {
            lines.add("Invited by email: " + String.join(", ", invited.invited()) + ".");
        }
        if (!invited.alreadyInvited().isEmpty()) {
            lines.add("Already invited, so not invited again: " + String.join(", ", invited.alreadyInvited()) + ".");
        }
        if (!invited.noEmail().isEmpty()) {
            lines.add("No email address, so phone or write to them: " + String.join(", ", invited.noEmail()) + ".");
        }
        if (!invited.emailNotSent().isEmpty()) {
            lines.add("The email could not be sent, so phone them: " + String.join(", ", invited.emailNotSent()) + ".");
        }
        redirect.addFlashAttribute("notice", String.join(" ", lines));
        return "redirect:/sessions/" + id + "#invitations";
    }

    @PostMapping("/sessions/{id}/invitations/{personId}/reply")
    String replyFor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long personId,
            jakarta.servlet.http.HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Session session = views.session(user, id);
        Reply reply = replyNamed(request.getParameter("reply-" + personId));
        String consent = request.getParameter("consent-" + personId);
        if (reply == null) {
            return invitationsPage(user, session, FormErrors.of("reply-" + personId, "Choose whether they are coming"), model);
        }
        try {
            changes.replyFor(user, id, personId, reply, "YES".equals(consent) || "NO".equals(consent) ? consent : null);
        } catch (Refused refused) {
            return invitationsPage(user, session, FormErrors.of("reply-" + personId, refused.getMessage()), model);
        }
        redirect.addFlashAttribute("notice", "Their reply is saved");
        return "redirect:/sessions/" + id + "/invitations";
    }

    @GetMapping("/sessions/{id}/access/{need}")
    String need(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String need, Model model) {
        Session session = views.session(user, id);
        AccessCheck.Need found = views.access(user.organisationId(), id, invitations.forSession(user.organisationId(), id)).needs()
                .stream().filter(n -> n.key().equals(need)).findFirst().orElseThrow(NotFoundException::new);
        accessNeedsShown.onArrangingPage(user, session, found, found.need() != null ? labels.of(found.need())
                : found.format() != null ? "papers in " + labels.of(found.format()) : "a need in their own words");
        model.addAttribute("session", session);
        model.addAttribute("need", found);
        return "sessions/arrange";
    }

    @PostMapping("/sessions/{id}/access/{need}")
    String arrange(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String need,
            @RequestParam(required = false) String note, @RequestParam(required = false) String undo, Model model,
            RedirectAttributes redirect) {
        AccessCheck.Need found = views.access(user.organisationId(), id, invitations.forSession(user.organisationId(), id)).needs()
                .stream().filter(n -> n.key().equals(need)).findFirst().orElseThrow(NotFoundException::new);
        if (undo == null && !SessionLimits.ARRANGEMENT_NOTE.allows(note)) {
            model.addAttribute("session", views.session(user, id));
            model.addAttribute("need", found);
            model.addAttribute("note", note);
            model.addAttribute("errors", FormErrors.of("note", SessionLimits.ARRANGEMENT_NOTE.tooLong(note)));
            return "sessions/arrange";
        }
        if (undo != null) {
            changes.unarrange(user, id, need);
            redirect.addFlashAttribute("notice", "Marked as not arranged");
        } else {
            changes.arrange(user, id, need, note);
            redirect.addFlashAttribute("notice", "Marked as arranged");
        }
        return "redirect:/sessions/" + id + "#access";
    }

    private static Reply replyNamed(String value) {
        for (Reply reply : Reply.values()) {
            if (reply.name().equals(value)) {
                return reply;
            }
        }
        return null;
    }

    private String agendaPage(CurrentUser user, Session session, AgendaKind kind, String title, String minutes, FormErrors errors,
            Model model) {
        model.addAttribute("session", session);
        model.addAttribute("agenda", new Agenda(agenda.items(user.organisationId(), session.id()), session.minutes()));
        model.addAttribute("kindOptions", labels.options(AgendaKind.class));
        model.addAttribute("kind", kind);
        model.addAttribute("title", title);
        model.addAttribute("minutes", minutes);
        model.addAttribute("errors", errors);
        return "sessions/agenda";
    }

    private String invitationsPage(CurrentUser user, Session session, FormErrors errors, Model model) {
        var invited = invitations.forSession(user.organisationId(), session.id());
        Set<Long> already = invited.stream().map(Invitation::personId).collect(Collectors.toSet());
        Set<Long> suggested = views.whoBelongs(user.organisationId(), session);
        List<Option> belongs = new ArrayList<>();
        List<Option> others = new ArrayList<>();
        register.everyoneCurrent(user.organisationId()).stream().filter(p -> !already.contains(p.id())).forEach(p -> {
            Option option = new Option(String.valueOf(p.id()), p.fullName() + (p.email() == null ? " (no email address)" : ""));
            (suggested.contains(p.id()) ? belongs : others).add(option);
        });
        model.addAttribute("session", session);
        model.addAttribute("host", views.host(user, session));
        model.addAttribute("invited", invited);
        model.addAttribute("belongs", belongs);
        model.addAttribute("others", others);
        model.addAttribute("replyOptions", labels.options(Reply.class));
        model.addAttribute("errors", errors);
        return "sessions/invitations";
    }
}
