package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A signed-in person reads a page while PostgreSQL restarts: the page's own query meets a broken connection, after the
 * session and the sign-in were found. The page is read again, in the real Tomcat, and shows them still signed in.
 */
@CoproduceTest
@Import(ReadingAgainKeepsThePersonSignedInTest.BrokenOnce.class)
class ReadingAgainKeepsThePersonSignedInTest {

    static final String BREAK = "X-Test-Break-Connection-Once";
    static final AtomicInteger broken = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;

    @Test
    void aPageWhoseConnectionBrokeIsReadAgainWithThePersonStillSignedIn() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(browser, priya.email());

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(at("/people")).header(BREAK, "people").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(broken).hasValue(1);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Priya").contains("Sign out");
    }

    private void signIn(HttpClient browser, String email) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(at("/sign-in")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(at("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("sign-in");
    }

    private URI at(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * Stands in for the page's first query when PostgreSQL has just restarted: it runs after the session and sign-in
     * filters, and fails once, with the error PostgreSQL's driver gives for a connection the server closed.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class BrokenOnce {

        @Bean
        FilterRegistrationBean<Filter> breaksTheConnectionOnce() {
            Filter filter = (request, response, chain) -> {
                var http = (jakarta.servlet.http.HttpServletRequest) request;
                if (http.getHeader(BREAK) != null && broken.compareAndSet(0, 1)) {
                    throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                            new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
                }
                chain.doFilter(request, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.LOWEST_PRECEDENCE);
            return registration;
        }
    }
}
