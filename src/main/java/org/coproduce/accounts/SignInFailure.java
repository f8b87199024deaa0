package org.coproduce.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
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
    static final String LOCKED_UNTIL = SignInFailure.class.getName() + ".lockedUntil";

    enum Reason { EMAIL_MISSING, PASSWORD_MISSING, WRONG, LOCKED, TOO_MANY_FROM_HERE }

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
        Instant lockedUntil = null;
        if (email.isEmpty()) {
            reason = Reason.EMAIL_MISSING;
        } else if (password == null || password.isEmpty()) {
            reason = Reason.PASSWORD_MISSING;
        } else {
            var lock = throttle.lockOn(email, request.getRemoteAddr());
            reason = lock.map(l -> l.reason() == SignInThrottle.Reason.CLIENT ? Reason.TOO_MANY_FROM_HERE : Reason.LOCKED)
                    .orElse(Reason.WRONG);
            lockedUntil = lock.map(SignInThrottle.Lock::until).orElse(null);
        }
        var session = request.getSession();
        session.setAttribute(EMAIL, email);
        session.setAttribute(REASON, reason);
        session.setAttribute(LOCKED_UNTIL, lockedUntil);
        response.sendRedirect("/sign-in?error");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
