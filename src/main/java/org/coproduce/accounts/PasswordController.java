package org.coproduce.accounts;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.coproduce.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing or changing a password. Someone who has a password must type it first, unless they signed in with an
 * emailed link in the last 15 minutes: that proves they own the address, which is how a forgotten password is replaced.
 * A new password signs the account out everywhere else.
 */
@Controller
class PasswordController {

    record PasswordForm(String currentPassword, String password, String confirmPassword) {
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SessionEnder sessions;

    PasswordController(AccountRepository accounts, PasswordEncoder passwords, SessionEnder sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, FormErrors.none(), model);
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CurrentUser user, PasswordForm form, HttpSession session, Model model,
            RedirectAttributes redirect) {
        Account account = accounts.get(user.accountId());
        if (mustConfirmCurrent(user, account)
                && (form.currentPassword() == null || !passwords.matches(form.currentPassword(), account.passwordHash()))) {
            return page(user, FormErrors.of("currentPassword", "Your current password is not right. If you have forgotten it, "
                    + "sign out and sign in with an email link, then come back here"), model);
        }
        FormErrors problems = NewPassword.check(form.password(), form.confirmPassword());
        if (problems.any()) {
            return page(user, problems, model);
        }
        accounts.setPasswordHash(account.id(), passwords.encode(form.password()));
        sessions.signOutEverywhereElse(account.email(), session.getId());
        redirect.addFlashAttribute("notice", "Your new password is saved. Use it next time you sign in");
        return "redirect:/people/" + user.personId();
    }

    private String page(CurrentUser user, FormErrors errors, Model model) {
        Account account = accounts.get(user.accountId());
        model.addAttribute("hasPassword", account.hasPassword());
        model.addAttribute("askForCurrent", mustConfirmCurrent(user, account));
        model.addAttribute("email", account.email());
        model.addAttribute("errors", errors);
        return "accounts/password";
    }

    private static boolean mustConfirmCurrent(CurrentUser user, Account account) {
        return account.hasPassword() && !user.recentlyProvedTheirEmail(Instant.now());
    }
}
