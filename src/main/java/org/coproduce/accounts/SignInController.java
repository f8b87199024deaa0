package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.coproduce.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in pages. Spring Security checks passwords and links; these pages ask for them and explain what happened. */
@Controller
class SignInController {

    private final SignInThrottle throttle;

    SignInController(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/sign-in")
    String signIn(HttpServletRequest request, HttpSession session, Model model) {
        boolean error = request.getParameterMap().containsKey("error");
        String email = (String) session.getAttribute(SignInFailure.EMAIL);
        var reason = (SignInFailure.Reason) session.getAttribute(SignInFailure.REASON);
        session.removeAttribute(SignInFailure.EMAIL);
        session.removeAttribute(SignInFailure.REASON);
        FormErrors errors = !error || reason == null ? FormErrors.none() : switch (reason) {
            case EMAIL_MISSING -> FormErrors.of("email", "Enter your email address");
            case PASSWORD_MISSING -> FormErrors.of("password", "Enter your password");
            case WRONG -> FormErrors.of("email", "Enter a correct email address and password");
            case LOCKED -> FormErrors.of("email", "You have entered the wrong password too many times. Wait "
                    + throttle.lockout().toMinutes() + " minutes and try again, or sign in with an email link instead");
        };
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
        return "accounts/emailLinkSent";
    }

    /** Opening the emailed link shows a button rather than signing in at once, so that mail scanners cannot use it up. */
    @GetMapping("/login/ott")
    String useLink(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "accounts/useLink";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "accounts/signedOut";
    }
}
