package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A failed password sign-in goes back to the form with the email address kept and one plain reason.
 * The attempt was already counted towards the throttle, whether or not the address has an account.
 */
@Component
class SignInFailure implements AuthenticationFailureHandler {

    static final String EMAIL = SignInFailure.class.getName() + ".email";
    static final String REASON = SignInFailure.class.getName() + ".reason";

    enum Reason { EMAIL_MISSING, PASSWORD_MISSING, WRONG, LOCKED }

    private final SignInThrottle throttle;

    SignInFailure(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = trimmed(request.getParameter("email"));
        String password = request.getParameter("password");
        Reason reason;
        if (email.isEmpty()) {
            reason = Reason.EMAIL_MISSING;
        } else if (password == null || password.isEmpty()) {
            reason = Reason.PASSWORD_MISSING;
        } else {
            reason = throttle.isLocked(email) ? Reason.LOCKED : Reason.WRONG;
        }
        var session = request.getSession();
        session.setAttribute(EMAIL, email);
        session.setAttribute(REASON, reason);
        response.sendRedirect("/sign-in?error");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
