package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page of the foundation, in the states people meet them in (including with errors), passes the WCAG 2.2 AA scan. */
class EveryPageIsAccessibleTest extends BrowserTest {

    @Autowired Register register;
    @Autowired AccessManagement access;
    @Autowired InProcessMailServer mail;
    @Autowired org.coproduce.privacy.SubjectAccess subjectAccess;

    @Test
    void pagesAnyoneCanSee() {
        open("/");
        open("/sign-in");
        open("/sign-in/email-link");
        open("/sign-in/email-link?expired");
        open("/sign-in?timeout");
        open("/accessibility");
        open("/privacy");
        open("/signed-out");
        open("/invitations/not-a-real-invitation");
    }

    @Test
    void signInPagesWhenPasswordSignInHasStoppedAndWhenNoMoreLinksCanBeSent() {
        String stranger = Fixtures.email(fixtures.organisation("Stopped Partnership"), "stranger");
        for (int i = 0; i < 6; i++) {
            page.navigate(url("/sign-in"));
            page.getByLabel("Email address").fill(stranger);
            page.getByLabel("Password").fill("guess " + i);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            page.waitForURL(address -> address.endsWith("/sign-in?error"));
        }
        assertThat(page.locator(".govuk-inset-text")).containsText("You can still sign in now.");
        assertAccessible();

        for (int i = 0; i < 6; i++) {
            page.navigate(url("/sign-in/email-link"));
            page.getByLabel("Email address").fill(stranger);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
            page.waitForURL(address -> address.endsWith("/sign-in/email-link/sent"));
        }
        assertThat(page.locator("h1")).containsText("We cannot send another link yet");
        assertAccessible();
    }

    @Test
    void coordinatorPages() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser tom = fixtures.staff(northshire);
        long ayesha = fixtures.person(northshire, Fixtures.ayesha());
        register.recordConsent(northshire.id(), ayesha, ConsentPurpose.CONTACT, true, ConsentMethod.PAPER_FORM, "Signed at the forum", priya.personId());
        access.invite(priya, ayesha, "Ayesha", "ayesha@example.org", Set.of(Role.PARTNER));
        signIn(priya);

        open("/home");
        open("/people");
        open("/people?name=ayesha&need=BSL_INTERPRETER");
        open("/people/new");
        for (String part : new String[] {"", "/about", "/contact", "/roles-and-skills", "/access-needs", "/equality",
                "/benefits", "/consents", "/archive", "/invite"}) {
            open("/people/" + ayesha + part);
        }
        open("/people/" + tom.personId());
        open("/people/" + tom.personId() + "/sign-in-roles");
        open("/people/import");
        open("/people/999999");
        open("/account/password");
        open("/privacy/audit-log");
        open("/privacy/audit-log?personId=" + ayesha);
        open("/privacy/audit-log?fromDay=31&fromMonth=2&fromYear=2026");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        open("/privacy/requests/new?personId=" + ayesha);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose how the request reached us");
        assertAccessible();
        page.getByLabel("Letter").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
        assertThat(page.locator("h1")).containsText("Copy of everything we hold about Ayesha Khan");
        assertAccessible();
        subjectAccess.makeWaitingCopies();
        page.reload();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the copy"))).isVisible();
        assertAccessible();
        open("/privacy/requests");
        open("/privacy/records");
        open("/your-information");
        open("/privacy/erasure?personId=" + ayesha);
        open("/privacy/retention");
        page.getByLabel("The audit log, in months").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a number of months from 12 to 240");
        assertAccessible();

        open("/people/" + ayesha + "/contact");
        page.getByLabel("Email address (optional)").fill("not an email");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();

        open("/people/import");
        page.getByLabel("Upload a file").setInputFiles(new FilePayload("people.csv", "text/csv",
                "full_name,email\nZara Ahmed,zara@example.org\n,nobody@example.org\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check before you import"))).isVisible();
        assertAccessible();
    }

    @Test
    void someoneInTwoOrganisationsChoosing() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        long priyaInEastvale = fixtures.person(eastvale, org.coproduce.people.PersonDetails.basic("Priya Shah", "Priya",
                priya.email(), null, Set.of(org.coproduce.people.InvolvementRole.PROFESSIONAL)));
        access.invite(ruth, priyaInEastvale, "Priya", priya.email(), Set.of(Role.STAFF));
        String invitation = mail.latestTo(priya.email()).orElseThrow().firstLink().replace("http://localhost", "");
        open(invitation);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Eastvale Forum")).click();
        page.waitForURL(address -> !address.endsWith(invitation));
        page.context().clearCookies();
        signIn(priya);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Which organisation are you working in?"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
    }

    @Test
    void invitationPageWithErrors() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        long rosie = fixtures.person(northshire, org.coproduce.people.PersonDetails.basic("Rosie Turner", "Rosie",
                Fixtures.email(northshire, "rosie"), null, Set.of(org.coproduce.people.InvolvementRole.LIVED_EXPERIENCE)));
        access.invite(priya, rosie, "Rosie", Fixtures.email(northshire, "rosie"), Set.of(Role.PARTNER));
        open(mail.latestTo(Fixtures.email(northshire, "rosie")).orElseThrow().firstLink().replace("http://localhost", ""));

        page.getByLabel("With a password").check();
        page.getByLabel("Choose a password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Northshire Partnership")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("at least 10 characters");
        assertAccessible();
    }
}
