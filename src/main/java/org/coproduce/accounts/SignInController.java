package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.coproduce.web.Dates;
import org.coproduce.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in pages. Spring Security checks passwords and links; these pages ask for them and explain what happened. */
@Controller
class SignInController {

    private final EmailLinks emailLinks;

    SignInController(EmailLinks emailLinks) {
        this.emailLinks = emailLinks;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, HttpSession session, Model model) {
        boolean error = request.getParameterMap().containsKey("error");
        String email = (String) session.getAttribute(SignInFailure.EMAIL);
        var reason = (SignInFailure.Reason) session.getAttribute(SignInFailure.REASON);
        var lockedUntil = (Instant) session.getAttribute(SignInFailure.LOCKED_UNTIL);
        session.removeAttribute(SignInFailure.EMAIL);
        session.removeAttribute(SignInFailure.REASON);
        session.removeAttribute(SignInFailure.LOCKED_UNTIL);
        FormErrors errors = !error || reason == null ? FormErrors.none() : switch (reason) {
            case EMAIL_MISSING -> FormErrors.of("email", "Enter your email address");
            case PASSWORD_MISSING -> FormErrors.of("password", "Enter your password");
            case WRONG -> FormErrors.of("email", "Enter a correct email address and password");
            case LOCKED -> FormErrors.of("email", "You have entered the wrong password too many times. "
                    + "You can try your password again after " + minuteAfter(lockedUntil));
            case TOO_MANY_FROM_HERE -> FormErrors.of("email", "Too many wrong passwords have come from your internet connection. "
                    + "You can try your password again after " + minuteAfter(lockedUntil));
        };
        model.addAttribute("passwordStopped", error && (reason == SignInFailure.Reason.LOCKED
                || reason == SignInFailure.Reason.TOO_MANY_FROM_HERE));
        String notice = null;
        if (request.getParameterMap().containsKey("timeout")) {
            notice = "You were signed out because you had not done anything for a while. This keeps your information safe. Please sign in again.";
        } else if (request.getParameterMap().containsKey("inactive")) {
            notice = "Your account is not active at the moment. If you think it should be, ask your co-production lead.";
        }
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        model.addAttribute("notice", notice);
        return "accounts/signIn";
    }

    @GetMapping("/sign-in/email-link")
    String askForLink(HttpServletRequest request, Model model) {
        boolean expired = request.getParameterMap().containsKey("expired");
        model.addAttribute("email", null);
        model.addAttribute("errors", !expired ? FormErrors.none()
                : FormErrors.of("username", "That sign-in link has expired or has already been used. Ask for a new one"));
        return "accounts/emailLink";
    }

    /** Spring Security handles the form when an address is given; it only reaches here when the field was empty. */
    @PostMapping("/sign-in/email-link")
    String linkWithoutAddress(Model model) {
        model.addAttribute("email", null);
        model.addAttribute("errors", FormErrors.of("username", "Enter your email address"));
        return "accounts/emailLink";
    }

    @GetMapping("/sign-in/email-link/sent")
    String linkSent(HttpSession session, Model model) {
        model.addAttribute("email", session.getAttribute(EmailLinks.SENT_TO));
        var nextLinkAfter = (Instant) session.getAttribute(EmailLinks.NEXT_LINK_AFTER);
        if (nextLinkAfter != null) {
            model.addAttribute("mostInAnHour", emailLinks.mostInAnHour());
            model.addAttribute("nextLinkAfter", minuteAfter(nextLinkAfter));
            return "accounts/noMoreLinksYet";
        }
        return "accounts/emailLinkSent";
    }

    /** Opening the emailed link shows a button rather than signing in at once, so that mail scanners cannot use it up. */
    @GetMapping("/login/ott")
    String useLink(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "accounts/useLink";
    }

    /** A time to the minute that is never before the moment meant, such as "2:35pm" for 2:34 and 20 seconds. */
    static String minuteAfter(Instant moment) {
        if (moment == null) {
            return "a few minutes";
        }
        Instant minute = moment.truncatedTo(ChronoUnit.MINUTES);
        return Dates.time(minute.equals(moment) ? minute : minute.plus(1, ChronoUnit.MINUTES));
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "accounts/signedOut";
    }
}
