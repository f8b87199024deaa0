package org.coproduce.accounts;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] OPEN_TO_EVERYONE = {
            "/", "/sign-in", "/sign-in/**", "/login/ott", "/signed-out", "/invitations/**", "/reply/**",
            "/accessibility", "/privacy", "/language/**", "/public/**", "/govuk/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/demo/mailbox", "/demo/mailbox/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInSuccess success, SignInFailure failure,
            EmailLinks emailLinks, OneTimeTokenService tokens, SecurityContextRepository contexts) throws Exception {
        var linkLifetime = new DefaultGenerateOneTimeTokenRequestResolver();
        linkLifetime.setExpiresIn(EmailLinks.LINK_LIFETIME);
        http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(OPEN_TO_EVERYONE).permitAll()
                        .requestMatchers("/choose-organisation").authenticated()
                        .anyRequest().hasAuthority(CurrentUser.MEMBER))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(success)
                        .failureHandler(failure)
                        .permitAll())
                .oneTimeTokenLogin(links -> links
                        .loginPage("/sign-in")
                        .tokenGeneratingUrl("/sign-in/email-link")
                        .generateRequestResolver(linkLifetime)
                        .tokenService(tokens)
                        .tokenGenerationSuccessHandler(emailLinks)
                        .loginProcessingUrl("/login/ott")
                        .showDefaultSubmitPage(false)
                        .authenticationSuccessHandler(success)
                        .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in/email-link?expired")))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(toSignIn())
                        .accessDeniedHandler(notAllowed()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Sends people to sign in, telling them when it is because they were away too long. */
    private static AuthenticationEntryPoint toSignIn() {
        return (request, response, exception) -> {
            boolean timedOut = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            response.sendRedirect(timedOut ? "/sign-in?timeout" : "/sign-in");
        };
    }

    /**
     * Someone who has signed in but not yet chosen an organisation is sent to choose; a form sent after the session
     * ended goes to sign in with an explanation; anyone else sees a 403 page.
     */
    private static AccessDeniedHandler notAllowed() {
        var forbidden = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountDetails) {
                response.sendRedirect("/choose-organisation");
            } else if (exception instanceof CsrfException && request.getRequestedSessionId() != null
                    && !request.isRequestedSessionIdValid()) {
                response.sendRedirect("/sign-in?timeout");
            } else {
                forbidden.handle(request, response, exception);
            }
        };
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcClient jdbc) {
        return new EmailLinkTokens(jdbc);
    }

    /**
     * Argon2id, as OWASP recommends. Accounts without a password (email links only) never match anything.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        encoder.setDefaultPasswordEncoderForMatches(new NoPassword(argon2));
        return encoder;
    }

    /** Refuses accounts that have no password, taking as long as a real check so that timing reveals nothing. */
    private static final class NoPassword implements PasswordEncoder {

        private final Argon2PasswordEncoder argon2;
        private final String dummy;

        NoPassword(Argon2PasswordEncoder argon2) {
            this.argon2 = argon2;
            this.dummy = argon2.encode("no password is set for this account");
        }

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("Only used to refuse accounts that have no password");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            argon2.matches(rawPassword == null ? "" : rawPassword, dummy);
            return false;
        }
    }
}
