package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Option;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For people who work in more than one organisation: which one they are working in now. */
@Controller
class OrganisationChoiceController {

    private final SigningIn signingIn;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    OrganisationChoiceController(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @GetMapping("/choose-organisation")
    String choose(Authentication authentication, Model model) {
        return form(signingIn.organisationsOf(accountId(authentication)), null, FormErrors.none(), model);
    }

    @PostMapping("/choose-organisation")
    String chosen(@RequestParam(required = false) Long organisationId, Authentication authentication,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        List<Membership> organisations = signingIn.organisationsOf(accountId(authentication));
        var chosen = organisations.stream().filter(m -> organisationId != null && m.organisationId() == organisationId).findFirst();
        if (chosen.isEmpty()) {
            return form(organisations, organisationId, FormErrors.of("organisationId", "Choose the organisation you are working in"), model);
        }
        signingIn.workIn(chosen.get(), organisations.size(), SigningIn.emailLinkUsedAt(authentication), request, response);
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return "redirect:" + SavedPage.pathOf(saved);
    }

    private static String form(List<Membership> organisations, Long selected, FormErrors errors, Model model) {
        model.addAttribute("options", organisations.stream()
                .map(m -> new Option(String.valueOf(m.organisationId()), m.organisationName()))
                .toList());
        model.addAttribute("selected", selected == null ? null : String.valueOf(selected));
        model.addAttribute("errors", errors);
        return "accounts/chooseOrganisation";
    }

    private static long accountId(Authentication authentication) {
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return user.accountId();
        }
        return ((AccountDetails) principal).accountId();
    }
}
