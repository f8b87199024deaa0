package org.coproduce.accounts;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * After a password or an emailed link has proved who someone is: straight into their organisation if they have one,
 * to a choice if they have several, and back out with an explanation if they have none that is active.
 */
@Component
class SignInSuccess implements AuthenticationSuccessHandler {

    private final SigningIn signingIn;
    private final SignInThrottle throttle;
    private final SavedRequestAwareAuthenticationSuccessHandler backToWhereTheyWere =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccess(SigningIn signingIn, SignInThrottle throttle) {
        this.signingIn = signingIn;
        this.throttle = throttle;
        backToWhereTheyWere.setRedirectStrategy((request, response, url) ->
                response.sendRedirect(SavedPage.pathOf(url)));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        AccountDetails account = (AccountDetails) authentication.getPrincipal();
        throttle.recordSuccess(account.getUsername(), request.getRemoteAddr());
        List<Membership> organisations = signingIn.organisationsOf(account.accountId());
        if (organisations.isEmpty()) {
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            SecurityContextHolder.clearContext();
            response.sendRedirect("/sign-in?inactive");
        } else if (organisations.size() == 1) {
            signingIn.workIn(organisations.get(0), 1, SigningIn.emailLinkUsedAt(authentication), request, response);
            backToWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
        } else {
            response.sendRedirect("/choose-organisation");
        }
    }
}
