package org.coproduce.notifications;

import java.time.Instant;
import java.util.List;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emails sent for the coordinator's organisation: waiting, sent, or given up on and why. Only coordinators see
 * them, as they show who was told what.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class MessagesController {

    private static final int SHOWN = 200;

    private final OutboxRepository outbox;
    private final OutboxWorker worker;

    MessagesController(OutboxRepository outbox, OutboxWorker worker) {
        this.outbox = outbox;
        this.worker = worker;
    }

    @GetMapping("/messages")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<OutboxMessage> messages = outbox.newestFirst(user.organisationId(), SHOWN);
        model.addAttribute("messages", messages);
        model.addAttribute("failed", messages.stream().filter(OutboxMessage::failed).count());
        model.addAttribute("most", SHOWN);
        return "notifications/messages";
    }

    @PostMapping("/messages/{id}/send-again")
    String sendAgain(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        if (!outbox.sendAgain(user.organisationId(), id, Instant.now())) {
            throw new NotFoundException();
        }
        worker.soon();
        redirect.addFlashAttribute("notice", "We are sending it again. Check back in a minute to see if it went");
        return "redirect:/messages";
    }
}
