package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Runs with JavaScript turned off: every step must work with plain HTML forms. */
class CoordinatorAddsPersonWithBslNeedTest extends BrowserTest {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void coordinatorAddsAPersonWithABslInterpreterNeedAndSeesItOnTheirProfile() {
        CurrentUser priya = fixtures.coordinator(fixtures.organisation("Northshire Partnership"));

        open("/sign-in");
        page.getByLabel("Email address").fill(priya.email());
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello Priya"))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People").setExact(true))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a full name");
        assertAccessible();

        page.getByLabel("Full name").fill("Kwame Mensah");
        page.getByLabel("Email address (optional)").fill("kwame@example.org");
        page.getByLabel("Person with lived experience").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kwame Mensah").setExact(true))).isVisible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Kwame Mensah has been added to the register");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change access needs")).click();
        assertAccessible();
        page.getByLabel("British Sign Language (BSL) interpreter").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Access needs")))
                .containsText("British Sign Language (BSL) interpreter");
        assertAccessible();
    }
}
