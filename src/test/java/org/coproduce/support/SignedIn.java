package org.coproduce.support;

import org.coproduce.accounts.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For web tests that are not about signing in: act as someone already signed in to an organisation. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
