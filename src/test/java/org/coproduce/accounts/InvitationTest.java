package org.coproduce.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.coproduce.web.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@CoproduceTest
class InvitationTest {

    @Autowired Fixtures fixtures;
    @Autowired InProcessMailServer mail;
    @Autowired AccessManagement access;
    @LocalServerPort int port;

    Organisation northshire;
    CurrentUser priya;
    long rosie;
    String rosieEmail;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        rosieEmail = Fixtures.email(northshire, "rosie");
        rosie = fixtures.person(northshire, PersonDetails.basic("Rosie Turner", "Rosie", rosieEmail, null,
                Set.of(InvolvementRole.LIVED_EXPERIENCE)));
    }

    @Test
    void coordinatorInvitesAPersonWhoSetsAPasswordAndIsSignedInStraightAway() {
        signInAsPriyaAndInvite();
        String link = invitationLink();
        var rosieBrowser = new Visitor(port);

        var page = rosieBrowser.get(link);
        assertThat(page.body()).contains("Join Northshire Partnership").contains(rosieEmail);

        var joined = rosieBrowser.post(link, "signInMethod", "PASSWORD", "password", "purple kettle monday",
                "confirmPassword", "purple kettle monday");
        assertThat(joined.location()).endsWith("/home?welcome");
        assertThat(rosieBrowser.get("/home?welcome").body()).contains("You have joined").contains("Hello Rosie");

        var later = new Visitor(port);
        later.get("/sign-in");
        assertThat(later.follow(later.post("/sign-in", "email", rosieEmail, "password", "purple kettle monday")).body())
                .contains("Hello Rosie");
        assertThat(access.statusOf(priya, rosie).state()).isEqualTo(AccessStatus.State.ACTIVE);
        assertThat(access.statusOf(priya, rosie).roles()).containsExactly(Role.PARTNER);
    }

    @Test
    void someoneWhoChoosesEmailLinksHasNoPasswordToGuess() {
        signInAsPriyaAndInvite();
        String link = invitationLink();
        var rosieBrowser = new Visitor(port);
        rosieBrowser.get(link);

        rosieBrowser.post(link, "signInMethod", "EMAIL_LINK");

        var guesser = new Visitor(port);
        guesser.get("/sign-in");
        assertThat(guesser.follow(guesser.post("/sign-in", "email", rosieEmail, "password", "")).body()).contains("Enter your password");
        guesser.get("/sign-in");
        assertThat(guesser.follow(guesser.post("/sign-in", "email", rosieEmail, "password", "anything at all")).body())
                .contains("Enter a correct email address and password");
    }

    @Test
    void passwordProblemsAreShownNextToTheField() {
        signInAsPriyaAndInvite();
        String link = invitationLink();
        var rosieBrowser = new Visitor(port);
        rosieBrowser.get(link);

        assertThat(rosieBrowser.post(link).body()).contains("Choose how you want to sign in");
        assertThat(rosieBrowser.post(link, "signInMethod", "PASSWORD", "password", "short", "confirmPassword", "short").body())
                .contains("Your password must be at least 10 characters long");
        assertThat(rosieBrowser.post(link, "signInMethod", "PASSWORD", "password", "purple kettle monday",
                "confirmPassword", "purple kettle tuesday").body())
                .contains("The two passwords do not match");
        assertThat(access.statusOf(priya, rosie).state()).isEqualTo(AccessStatus.State.INVITED);
    }

    @Test
    void anInvitationLinkWorksOnlyOnce() {
        signInAsPriyaAndInvite();
        String link = invitationLink();
        var rosieBrowser = new Visitor(port);
        rosieBrowser.get(link);
        rosieBrowser.post(link, "signInMethod", "EMAIL_LINK");

        var again = new Visitor(port).get(link);

        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("This invitation link does not work");
    }

    @Test
    void aNewInvitationReplacesTheOldOne() {
        signInAsPriyaAndInvite();
        String first = invitationLink();
        access.invite(priya, rosie, "Rosie", rosieEmail, Set.of(Role.PARTNER));

        assertThat(new Visitor(port).get(first).status()).isEqualTo(404);
        assertThat(new Visitor(port).get(invitationLink()).status()).isEqualTo(200);
    }

    @Test
    void someoneWhoAlreadyHasAnAccountJoinsASecondOrganisationWithTheSameSignIn() {
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        long priyaInEastvale = fixtures.person(eastvale, PersonDetails.basic("Priya Shah", "Priya", priya.email(), null,
                Set.of(InvolvementRole.PROFESSIONAL)));
        access.invite(ruth, priyaInEastvale, "Priya", priya.email(), Set.of(Role.STAFF));
        String link = mail.latestTo(priya.email()).orElseThrow().firstLink().replace("http://localhost", "");
        var browser = new Visitor(port);

        assertThat(browser.get(link).body()).contains("You already have a Coproduce account");
        browser.post(link);

        var signIn = new Visitor(port);
        signIn.get("/sign-in");
        assertThat(signIn.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD).location())
                .endsWith("/choose-organisation");
    }

    @Test
    void aPersonCannotBeInvitedWithAnEmailAddressSomeoneElseInTheOrganisationSignsInWith() {
        var refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> access.invite(priya, rosie, "Rosie", priya.email(), Set.of(Role.PARTNER)));

        assertThat(refused).isInstanceOf(Refused.class).hasMessageContaining("already used by Priya");
    }

    private void signInAsPriyaAndInvite() {
        var browser = new Visitor(port);
        browser.get("/sign-in");
        browser.follow(browser.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));
        browser.get("/people/" + rosie + "/invite");
        var sent = browser.post("/people/" + rosie + "/invite", "email", rosieEmail, "roles", "PARTNER");
        assertThat(sent.location()).endsWith("/people/" + rosie);
        assertThat(browser.get("/people/" + rosie).body()).contains("Invitation sent to " + rosieEmail);
    }

    private String invitationLink() {
        var email = mail.latestTo(rosieEmail).orElseThrow();
        assertThat(email.subject()).isEqualTo("You are invited to join Northshire Partnership on Coproduce");
        assertThat(email.body()).contains("Hello Rosie").contains("Priya has invited you");
        return email.firstLink().replace("http://localhost", "");
    }
}
