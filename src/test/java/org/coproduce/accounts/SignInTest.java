package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.notifications.ReceivedEmail;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@CoproduceTest
class SignInTest {

    @Autowired Fixtures fixtures;
    @Autowired InProcessMailServer mail;
    @LocalServerPort int port;

    Organisation northshire;
    CurrentUser priya;
    Visitor visitor;

    @BeforeEach
    void setUp() {
        forgetClientCounts();
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        visitor = new Visitor(port);
        visitor.get("/sign-in");
    }

    /** Every test comes from this computer's address: one test's wrong passwords must not stop the next one's. */
    @AfterEach
    void forgetClientCounts() {
        jdbc.sql("delete from sign_in_client_throttle").update();
    }

    @Test
    void coordinatorSignsInWithPasswordAndSeesTheirOrganisation() {
        var signedIn = visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(302);
        var home = visitor.follow(signedIn);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Northshire Partnership").contains("Hello Priya");
    }

    @Test
    void emailAddressIsNotCaseSensitive() {
        var signedIn = visitor.post("/sign-in", "email", priya.email().toUpperCase(), "password", Fixtures.PASSWORD);

        assertThat(visitor.follow(signedIn).body()).contains("Hello Priya");
    }

    @Test
    void wrongPasswordShowsOnePlainErrorAndKeepsTheEmailAddress() {
        var page = visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", "not the password"));

        assertThat(page.body())
                .contains("There is a problem")
                .contains("<a href=\"#email\">Enter a correct email address and password</a>")
                .contains("value=\"" + priya.email() + "\"")
                .contains("<title>Error: Sign in");
    }

    @Test
    void emptyFieldsSayWhatIsMissing() {
        assertThat(visitor.follow(visitor.post("/sign-in", "email", "", "password", "x")).body())
                .contains("Enter your email address");
        visitor.get("/sign-in");
        assertThat(visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", "")).body())
                .contains("Enter your password");
    }

    @Test
    void fiveWrongPasswordsStopPasswordSignInEvenWithTheRightOne() {
        for (int i = 0; i < 5; i++) {
            visitor.post("/sign-in", "email", priya.email(), "password", "guess " + i);
            visitor.get("/sign-in");
        }

        var page = visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));

        assertThat(page.body()).contains("You have entered the wrong password too many times");
        assertThat(visitor.get("/home").status()).isEqualTo(302);
    }

    @Test
    void guessesSentAllAtOnceAreCountedBeforeTheyAreChecked() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 16; i++) {
                int guess = i;
                guesses.add(pool.submit(() -> {
                    var guesser = new Visitor(port);
                    guesser.get("/sign-in");
                    guesser.post("/sign-in", "email", priya.email(), "password", "guess " + guess);
                }));
            }
            for (var guess : guesses) {
                guess.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("select failures from sign_in_throttle where email_key = :key").param("key", priya.email())
                .query(Integer.class).single()).isEqualTo(16);
        assertThat(visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD)).body())
                .contains("You have entered the wrong password too many times");
    }

    @Test
    void wrongPasswordsForManyAddressesFromOneClientStopPasswordSignInFromThere() {
        for (int i = 0; i < maxFailuresPerClient; i++) {
            visitor.post("/sign-in", "email", Fixtures.email(northshire, "guess" + i), "password", "guess");
            visitor.get("/sign-in");
        }

        var page = visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));

        assertThat(page.body()).contains("Too many wrong passwords have come from your internet connection")
                .contains("You can try your password again after");
        assertThat(visitor.get("/home").status()).isEqualTo(302);
    }

    @Test
    void whenPasswordSignInHasStoppedThePageOffersAnEmailedLinkWhichStillWorks() {
        CurrentUser jamie = fixtures.partner(northshire);
        for (int i = 0; i < 6; i++) {
            visitor.post("/sign-in", "email", jamie.email(), "password", "guess " + i);
            visitor.get("/sign-in");
        }

        var page = visitor.follow(visitor.post("/sign-in", "email", jamie.email(), "password", "guess"));

        assertThat(page.body()).contains("You can still sign in now.")
                .contains("<a class=\"govuk-link\" href=\"/sign-in/email-link\">We can email you a link to sign in</a>");
        visitor.get("/sign-in/email-link");
        visitor.post("/sign-in/email-link", "username", jamie.email());
        String link = mail.latestTo(jamie.email()).orElseThrow().firstLink().replace("http://localhost", "");
        visitor.get(link);
        assertThat(visitor.follow(visitor.post("/login/ott", "token", tokenIn(link))).body()).contains("Hello Jamie");
    }

    @Test
    void oneClientsWrongPasswordsDoNotStopAnotherClient() {
        for (int i = 0; i < maxFailuresPerClient; i++) {
            throttle.attempt(Fixtures.email(northshire, "sprayed" + i), "203.0.113.7");
        }

        assertThat(throttle.lockOn(priya.email(), "203.0.113.7")).get()
                .extracting(SignInThrottle.Lock::reason).isEqualTo(SignInThrottle.Reason.CLIENT);
        assertThat(throttle.lockOn(priya.email(), "198.51.100.20")).isEmpty();
    }

    @Test
    void signingInTakesBackOnlyItsOwnAttemptFromTheClientsCount() {
        throttle.attempt(Fixtures.email(northshire, "nobody"), "203.0.113.8");
        throttle.attempt(priya.email(), "203.0.113.8");

        throttle.recordSuccess(priya.email(), "203.0.113.8");

        assertThat(jdbc.sql("select failures from sign_in_client_throttle where client_key = '203.0.113.8'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void addressesInOneIpv6NetworkCountAsOneClient() {
        assertThat(SignInThrottle.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.clientKey("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(SignInThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.clientKey("2001:db8:1:2::1"));
        assertThat(SignInThrottle.clientKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(SignInThrottle.clientKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void countsThatCanNoLongerStopAnyoneAreDeleted() {
        jdbc.sql("insert into sign_in_throttle (email_key, failures, first_failure_at, locked_until) "
                + "values ('old@example.org', 9, now() - interval '1 hour', now() - interval '30 minutes')").update();
        jdbc.sql("insert into sign_in_client_throttle (client_key, failures, first_failure_at) "
                + "values ('198.51.100.9', 3, now() - interval '1 hour')").update();
        jdbc.sql("insert into sign_in_client_throttle (client_key, failures, first_failure_at, locked_until) "
                + "values ('198.51.100.10', 60, now() - interval '20 minutes', now() + interval '10 minutes')").update();

        throttle.attempt(priya.email(), "203.0.113.9");

        assertThat(jdbc.sql("select count(*) from sign_in_throttle where email_key = 'old@example.org'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select client_key from sign_in_client_throttle order by 1").query(String.class).list())
                .containsExactly("198.51.100.10", "203.0.113.9");
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToSignInWithAnExplanation() {
        visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));
        visitor.get("/people/" + priya.personId() + "/about");
        sessions.findByPrincipalName(priya.email()).keySet().forEach(sessions::deleteById);

        var page = visitor.post("/people/" + priya.personId() + "/about", "fullName", "Priya Shah");

        assertThat(page.location()).endsWith("/sign-in?timeout");
    }

    @Test
    void addressesWithoutAnAccountAreThrottledTheSameWaySoNobodyLearnsWhoHasOne() {
        String stranger = Fixtures.email(northshire, "nobody");
        for (int i = 0; i < 5; i++) {
            visitor.post("/sign-in", "email", stranger, "password", "guess " + i);
            visitor.get("/sign-in");
        }

        assertThat(visitor.follow(visitor.post("/sign-in", "email", stranger, "password", "guess")).body())
                .contains("You have entered the wrong password too many times");
    }

    @Test
    void partnerSignsInWithAnEmailedLinkWithoutAPassword() {
        CurrentUser jamie = fixtures.partner(northshire);
        visitor.get("/sign-in/email-link");

        var sent = visitor.follow(visitor.post("/sign-in/email-link", "username", jamie.email()));
        assertThat(sent.body()).contains("Check your email");

        ReceivedEmail email = mail.latestTo(jamie.email()).orElseThrow();
        assertThat(email.subject()).isEqualTo("Your link to sign in to Coproduce");
        String link = email.firstLink().replace("http://localhost", "");
        var confirm = visitor.get(link);
        assertThat(confirm.body()).contains("Press the button to sign in");

        var home = visitor.follow(visitor.post("/login/ott", "token", tokenIn(link)));
        assertThat(home.body()).contains("Hello Jamie");
    }

    @Test
    void theDatabaseNeverHoldsTheSignInLinkTokenThatWasEmailed() {
        CurrentUser jamie = fixtures.partner(northshire);
        visitor.get("/sign-in/email-link");
        visitor.post("/sign-in/email-link", "username", jamie.email());
        String link = mail.latestTo(jamie.email()).orElseThrow().firstLink().replace("http://localhost", "");

        assertThat(jdbc.sql("select count(*) from one_time_tokens t where strpos(t::text, :token) > 0").param("token", tokenIn(link))
                .query(Integer.class).single()).isZero();
        visitor.get(link);
        assertThat(visitor.follow(visitor.post("/login/ott", "token", tokenIn(link))).body()).contains("Hello Jamie");
    }

    @Test
    void tokensHashedByTheMigrationsMatchTheOnesHashedNow() {
        for (String token : java.util.List.of("0b6c1b3e-5c4f-4a51-9a7e-2f1d3c4b5a69", Tokens.newToken())) {
            assertThat(jdbc.sql("select encode(sha256(convert_to(:token, 'UTF8')), 'hex')").param("token", token)
                    .query(String.class).single()).isEqualTo(Tokens.hash(token));
        }
    }

    @Test
    void anEmailedLinkWorksOnlyOnce() {
        CurrentUser jamie = fixtures.partner(northshire);
        visitor.get("/sign-in/email-link");
        visitor.post("/sign-in/email-link", "username", jamie.email());
        String link = mail.latestTo(jamie.email()).orElseThrow().firstLink().replace("http://localhost", "");
        visitor.get(link);
        visitor.post("/login/ott", "token", tokenIn(link));

        var second = new Visitor(port);
        second.get(link);
        var refused = second.post("/login/ott", "token", tokenIn(link));

        assertThat(refused.location()).endsWith("/sign-in/email-link?expired");
        assertThat(second.follow(refused).body()).contains("That sign-in link has expired or has already been used");
    }

    @Test
    void askingForALinkForAnUnknownAddressLooksTheSameButSendsNothing() {
        String stranger = Fixtures.email(northshire, "stranger");
        visitor.get("/sign-in/email-link");

        var sent = visitor.follow(visitor.post("/sign-in/email-link", "username", stranger));

        assertThat(sent.body()).contains("Check your email").contains(stranger);
        assertThat(mail.latestTo(stranger)).isEmpty();
    }

    @Test
    void afterFiveLinksInAnHourThePageSaysPlainlyThatNoMoreCanBeSentYetAndWhenToAskAgain() {
        CurrentUser jamie = fixtures.partner(northshire);

        var page = askForLinks(jamie.email(), 6);

        assertThat(page.body()).contains("We cannot send another link yet")
                .containsPattern("You can ask for another link after (\\d{1,2}(:\\d{2})?(am|pm)|midday|midnight)\\.")
                .doesNotContain("we have sent a link");
    }

    @Test
    void theLimitOnLinksIsTheSameForAnAddressWithoutAnAccountSoItRevealsNobody() {
        String stranger = Fixtures.email(northshire, "stranger");

        assertThat(askForLinks(stranger, 5).body()).contains("we have sent a link");
        assertThat(askForLinks(stranger, 1).body()).contains("We cannot send another link yet");
    }

    @Test
    void askingForALinkWithNoAddressShowsAnError() {
        visitor.get("/sign-in/email-link");

        var page = visitor.post("/sign-in/email-link", "username", "");

        assertThat(page.body()).contains("Enter your email address");
    }

    @Test
    void someoneInTwoOrganisationsChoosesWhichToWorkIn() {
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        var enrolment = fixtures.person(eastvale, org.coproduce.people.PersonDetails.basic("Priya Shah", "Priya",
                priya.email(), null, java.util.Set.of(org.coproduce.people.InvolvementRole.PROFESSIONAL)));
        enrolled(eastvale, enrolment);

        var signedIn = visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD);
        assertThat(signedIn.location()).endsWith("/choose-organisation");
        var choice = visitor.get("/choose-organisation");
        assertThat(choice.body()).contains("Northshire Partnership").contains("Eastvale Forum");
        assertThat(visitor.get("/people").location()).endsWith("/choose-organisation");

        var home = visitor.follow(visitor.post("/choose-organisation", "organisationId", String.valueOf(eastvale.id())));

        assertThat(home.body()).contains("Eastvale Forum").contains("Switch organisation");
    }

    @Test
    void someoneWhoseAccessWasDeactivatedIsToldPlainly() {
        CurrentUser tom = fixtures.staff(northshire);
        accessManagement.deactivate(priya, tom.personId());

        var page = visitor.follow(visitor.post("/sign-in", "email", tom.email(), "password", Fixtures.PASSWORD));

        assertThat(page.body()).contains("Your account is not active at the moment");
    }

    @Test
    void signingOutEndsTheSession() {
        visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));

        var signedOut = visitor.follow(visitor.post("/sign-out"));

        assertThat(signedOut.body()).contains("You have signed out");
        assertThat(visitor.get("/people").location()).endsWith("/sign-in");
    }

    @Test
    void formsWithoutTheSecurityTokenAreRefused() {
        var refused = visitor.postWithoutToken("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD);

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aSessionThatHasTimedOutSendsThePersonToSignInWithAnExplanation() {
        visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));
        sessions.findByPrincipalName(priya.email()).keySet().forEach(sessions::deleteById);

        var page = visitor.get("/people");

        assertThat(page.location()).endsWith("/sign-in?timeout");
        assertThat(visitor.get("/sign-in?timeout").body()).contains("You were signed out because you had not done anything for a while");
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.sql("select password_hash from account where id = :id").param("id", priya.accountId())
                .query(String.class).single();

        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
    }

    @Autowired AccessManagement accessManagement;
    @Autowired SignInThrottle throttle;
    @Value("${coproduce.sign-in.max-failures-per-client:50}") int maxFailuresPerClient;
    @Autowired org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> sessions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired Enrolment enrolmentService;

    private void enrolled(Organisation organisation, long personId) {
        enrolmentService.enrol(organisation.id(), personId, priya.email(), null, java.util.Set.of(Role.STAFF));
    }

    private Visitor.Page askForLinks(String email, int times) {
        Visitor.Page page = null;
        for (int i = 0; i < times; i++) {
            visitor.get("/sign-in/email-link");
            page = visitor.follow(visitor.post("/sign-in/email-link", "username", email));
        }
        return page;
    }

    private static String tokenIn(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
