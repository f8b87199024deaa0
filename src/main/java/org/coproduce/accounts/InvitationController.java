package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Someone invited by email sets up how they will sign in, then goes straight in. */
@Controller
class InvitationController {

    record AcceptForm(String signInMethod, String password, String confirmPassword) {
        boolean wantsPassword() {
            return "PASSWORD".equals(signInMethod);
        }
    }

    private final Invitations invitations;
    private final SigningIn signingIn;

    InvitationController(Invitations invitations, SigningIn signingIn) {
        this.invitations = invitations;
        this.signingIn = signingIn;
    }

    @GetMapping("/invitations/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        Optional<Invitation> invitation = invitations.usable(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "accounts/invitationUnusable";
        }
        return form(invitation.get(), new AcceptForm(null, null, null), FormErrors.none(), model);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, AcceptForm form, HttpServletRequest request,
            HttpServletResponse response, Authentication authentication, Model model) {
        Optional<Invitation> invitation = invitations.usable(token);
        if (invitation.isEmpty() && authentication != null && authentication.getPrincipal() instanceof CurrentUser) {
            // Most likely a second click on "Join": the first one signed them in.
            return "redirect:/home";
        }
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "accounts/invitationUnusable";
        }
        boolean hasAccount = invitations.hasAccount(invitation.get());
        FormErrors errors = hasAccount ? FormErrors.none() : check(form);
        if (errors.any()) {
            return form(invitation.get(), form, errors, model);
        }
        String password = !hasAccount && form.wantsPassword() ? form.password() : null;
        Optional<Membership> membership;
        try {
            membership = invitations.accept(token, password);
        } catch (Refused refused) {
            return form(invitation.get(), form, FormErrors.of("signInMethod", refused.getMessage()), model);
        }
        if (membership.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "accounts/invitationUnusable";
        }
        int organisations = signingIn.organisationsOf(membership.get().accountId()).size();
        signingIn.workIn(membership.get(), organisations, Instant.now(), request, response);
        return "redirect:/home?welcome";
    }

    private static FormErrors check(AcceptForm form) {
        if (form.signInMethod() == null) {
            return FormErrors.of("signInMethod", "Choose how you want to sign in");
        }
        return form.wantsPassword() ? NewPassword.check(form.password(), form.confirmPassword()) : FormErrors.none();
    }

    private String form(Invitation invitation, AcceptForm form, FormErrors errors, Model model) {
        model.addAttribute("organisationName", invitation.organisationName());
        model.addAttribute("personName", invitation.personName());
        model.addAttribute("email", invitation.email());
        model.addAttribute("expiresAt", invitation.expiresAt());
        model.addAttribute("hasAccount", invitations.hasAccount(invitation));
        model.addAttribute("signInMethod", form.signInMethod());
        model.addAttribute("errors", errors);
        return "accounts/invitation";
    }
}
