package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The self-assessment pages, with their errors and easy read wording, pass the WCAG 2.2 AA scan. */
class AssessmentPagesAreAccessibleTest extends BrowserTest {

    @Test
    void aCoordinatorReadsABuiltInFrameworkCopiesItAndFixesAMistakeInTheirCopy() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);

        signIn(priya);
        open("/assessment/frameworks");
        page.getByText("Checking if co-production is happening").click();
        assertAccessible();
        page.getByText("Show the easy read wording").click();
        assertThat(page.locator("h1")).hasText("Are we working together well?");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy it to change the wording")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("This is your own copy");
        assertAccessible();

        String source = page.getByLabel("The framework").inputValue();
        page.getByLabel("The framework").fill(source.replaceFirst("doingWell:", "doingwel:"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a new version")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The framework has 2 mistakes");
        assertThat(page.locator("#source-problems")).containsText("Did you mean \"doingWell\"?");
        assertAccessible();
        page.getByLabel("The framework").fill(source.replace("Five big ideas", "Our five big ideas"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save a new version")).click();
        assertThat(page.locator(".govuk-caption-l")).containsText("Version 2");
        assertAccessible();
        open("/assessment/frameworks/new");
    }
}
