package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CoproduceTest
class PasswordChangeTest {

    @Autowired Fixtures fixtures;
    @Autowired InProcessMailServer mail;
    @LocalServerPort int port;

    CurrentUser priya;

    @BeforeEach
    void setUp() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void changingAPasswordNeedsTheCurrentOne() {
        var browser = signedInWithPassword();
        browser.get("/account/password");

        var refused = browser.post("/account/password", "currentPassword", "wrong one", "password", "purple kettle monday",
                "confirmPassword", "purple kettle monday");
        assertThat(refused.body()).contains("Your current password is not right");

        var saved = browser.post("/account/password", "currentPassword", Fixtures.PASSWORD, "password", "purple kettle monday",
                "confirmPassword", "purple kettle monday");
        assertThat(browser.follow(saved).body()).contains("Your new password is saved");
        assertThat(canSignInWith("purple kettle monday")).isTrue();
        assertThat(canSignInWith(Fixtures.PASSWORD)).isFalse();
    }

    @Test
    void aNewPasswordSignsTheAccountOutEverywhereElse() {
        var laptop = signedInWithPassword();
        var phone = signedInWithPassword();
        laptop.get("/account/password");

        laptop.post("/account/password", "currentPassword", Fixtures.PASSWORD, "password", "purple kettle monday",
                "confirmPassword", "purple kettle monday");

        assertThat(laptop.get("/home").status()).isEqualTo(200);
        assertThat(phone.get("/home").status()).isEqualTo(302);
    }

    @Test
    void theEmailLinkStandsInForTheCurrentPasswordForFifteenMinutesOnly() {
        var now = java.time.Instant.parse("2026-11-23T10:00:00Z");
        var justNow = new CurrentUser(1, "a@example.org", 1, "Org", 1, "A", java.util.Set.of(Role.PARTNER), false,
                now.minus(java.time.Duration.ofMinutes(14)));
        var earlier = new CurrentUser(1, "a@example.org", 1, "Org", 1, "A", java.util.Set.of(Role.PARTNER), false,
                now.minus(java.time.Duration.ofMinutes(16)));

        assertThat(justNow.recentlyProvedTheirEmail(now)).isTrue();
        assertThat(earlier.recentlyProvedTheirEmail(now)).isFalse();
    }

    @Test
    void someoneWhoForgotTheirPasswordSignsInWithALinkAndChoosesANewOne() {
        var browser = new Visitor(port);
        browser.get("/sign-in/email-link");
        browser.post("/sign-in/email-link", "username", priya.email());
        String link = mail.latestTo(priya.email()).orElseThrow().firstLink().replace("http://localhost", "");
        browser.get(link);
        browser.follow(browser.post("/login/ott", "token", link.substring(link.indexOf("token=") + 6)));

        assertThat(browser.get("/account/password").body()).doesNotContain("Your current password");
        browser.post("/account/password", "password", "a brand new password", "confirmPassword", "a brand new password");

        assertThat(canSignInWith("a brand new password")).isTrue();
    }

    @Test
    void aShortPasswordIsRefusedWithTheRule() {
        var browser = signedInWithPassword();
        browser.get("/account/password");

        var page = browser.post("/account/password", "currentPassword", Fixtures.PASSWORD, "password", "short",
                "confirmPassword", "short");

        assertThat(page.body()).contains("Your password must be at least 10 characters long");
        assertThat(canSignInWith(Fixtures.PASSWORD)).isTrue();
    }

    private Visitor signedInWithPassword() {
        var browser = new Visitor(port);
        browser.get("/sign-in");
        browser.follow(browser.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));
        return browser;
    }

    private boolean canSignInWith(String password) {
        var browser = new Visitor(port);
        browser.get("/sign-in");
        return browser.follow(browser.post("/sign-in", "email", priya.email(), "password", password)).body().contains("Hello Priya");
    }
}
