package org.coproduce.notifications;

import org.coproduce.web.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Lets someone trying the demo read the emails Coproduce sent, such as sign-in links. Anyone can read it, so it exists
 * only in the demo, with its in-process mail server: never where real people's links are sent.
 */
@Controller
@ConditionalOnProperty(name = {"coproduce.mail.in-process", "coproduce.demo.enabled"}, havingValue = "true")
class DemoMailboxController {

    private final InProcessMailServer server;

    DemoMailboxController(InProcessMailServer server) {
        this.server = server;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) {
        model.addAttribute("messages", server.messages());
        return "notifications/mailbox";
    }

    @GetMapping("/demo/mailbox/{number}")
    String message(@PathVariable int number, Model model) {
        model.addAttribute("message", server.message(number).orElseThrow(NotFoundException::new));
        return "notifications/message";
    }
}
