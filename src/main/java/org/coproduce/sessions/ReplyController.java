package org.coproduce.sessions;

import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Replying to an invitation: from the link in the email, without signing in, or from "Your sessions" when signed in.
 * The link's token is long and random, and shows only that session and that person's own reply.
 */
@Controller
class ReplyController {

    private final SessionInvitationRepository invitations;
    private final MeetingRepository sessions;
    private final Sessions changes;
    private final Organisations organisations;
    private final ArrangementRepository arrangements;
    private final org.coproduce.people.Register register;
    private final Labels labels;

    ReplyController(SessionInvitationRepository invitations, MeetingRepository sessions, Sessions changes, Organisations organisations,
            ArrangementRepository arrangements, org.coproduce.people.Register register, Labels labels) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.changes = changes;
        this.organisations = organisations;
        this.arrangements = arrangements;
        this.register = register;
        this.labels = labels;
    }

    @GetMapping("/reply/{token}")
    String reply(@PathVariable String token, Model model) {
        var owner = invitations.byToken(token).orElseThrow(NotFoundException::new);
        return page(owner, "/reply/" + token, null, null, FormErrors.none(), model);
    }

    @PostMapping("/reply/{token}")
    String save(@PathVariable String token, @RequestParam(required = false) Reply reply, @RequestParam(required = false) String consent,
            Model model, RedirectAttributes redirect) {
        var owner = invitations.byToken(token).orElseThrow(NotFoundException::new);
        return save(owner, "/reply/" + token, reply, consent, model, redirect);
    }

    /** The same page for someone signed in, from "Your sessions": the emailed links' tokens are not kept to link to. */
    @GetMapping("/your-sessions/{sessionId}/reply")
    String yourReply(@AuthenticationPrincipal CurrentUser user, @PathVariable long sessionId, Model model) {
        return page(invited(user, sessionId), "/your-sessions/" + sessionId + "/reply", null, null, FormErrors.none(), model);
    }

    @PostMapping("/your-sessions/{sessionId}/reply")
    String saveYourReply(@AuthenticationPrincipal CurrentUser user, @PathVariable long sessionId,
            @RequestParam(required = false) Reply reply, @RequestParam(required = false) String consent, Model model,
            RedirectAttributes redirect) {
        return save(invited(user, sessionId), "/your-sessions/" + sessionId + "/reply", reply, consent, model, redirect);
    }

    @GetMapping("/your-sessions")
    String yours(@AuthenticationPrincipal CurrentUser user, jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("easyRead", request.getParameterMap().containsKey("easy-read"));
        Instant now = Instant.now();
        List<YourSession> all = sessions.invitedToOrAttended(user.organisationId(), user.personId());
        var mine = register.accessAndCommunication(user.organisationId(), user.personId());
        var me = new AccessCheck.Coming(user.personId(), user.displayName(), mine.needs(), mine.formats(), mine.otherNeeds());
        // Coming up lists only invitations: each has a reply link, which someone not invited cannot use.
        model.addAttribute("upcoming", all.stream().filter(s -> s.invited() && !s.session().started(now))
                .sorted(java.util.Comparator.comparing((YourSession s) -> s.session().startsAt()))
                .map(s -> s.reply() != Reply.YES && s.reply() != Reply.MAYBE ? s : s.withArrangements(
                        AccessCheck.of(List.of(me), arrangements.arranged(user.organisationId(), s.session().id())).needs()))
                .toList());
        model.addAttribute("past", all.stream().filter(s -> s.session().started(now)).toList());
        return "sessions/yours";
    }

    private SessionInvitationRepository.TokenOwner invited(CurrentUser user, long sessionId) {
        invitations.find(user.organisationId(), sessionId, user.personId()).orElseThrow(NotFoundException::new);
        return new SessionInvitationRepository.TokenOwner(user.organisationId(), sessionId, user.personId());
    }

    /** @param action where the form is sent: the emailed link, or the signed-in page */
    private String save(SessionInvitationRepository.TokenOwner owner, String action, Reply reply, String consent, Model model,
            RedirectAttributes redirect) {
        if (reply == null) {
            return page(owner, action, null, consent, FormErrors.of("reply", labels.text("reply.choose")), model);
        }
        try {
            changes.reply(owner.organisationId(), owner.sessionId(), owner.personId(), reply, consentValue(consent));
        } catch (Refused refused) {
            return page(owner, action, reply, consent, FormErrors.of(refused), model);
        }
        redirect.addFlashAttribute("notice", labels.text("reply.saved." + reply.name()));
        return "redirect:" + action;
    }

    private String page(SessionInvitationRepository.TokenOwner owner, String action, Reply typedReply, String typedConsent,
            FormErrors errors, Model model) {
        Session session = sessions.find(owner.organisationId(), owner.sessionId()).orElseThrow(NotFoundException::new);
        Invitation invitation = invitations.find(owner.organisationId(), owner.sessionId(), owner.personId()).orElseThrow(NotFoundException::new);
        model.addAttribute("session", session);
        model.addAttribute("invitation", invitation);
        model.addAttribute("organisation", organisations.get(owner.organisationId()));
        model.addAttribute("action", action);
        model.addAttribute("reply", typedReply != null ? typedReply.name() : invitation.reply() == null ? null : invitation.reply().name());
        model.addAttribute("consent", typedConsent != null ? typedConsent : invitation.consentToRecord());
        model.addAttribute("closed", session.started(Instant.now()));
        model.addAttribute("errors", errors);
        return "sessions/reply";
    }

    private static String consentValue(String consent) {
        return "YES".equals(consent) || "NO".equals(consent) ? consent : null;
    }
}
