package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnerUpdatesPreferredNameTest extends BrowserTest {

    @Autowired InProcessMailServer mail;

    @Test
    void partnerSignsInWithAnEmailLinkAndChangesTheNameTheyLikeToBeCalled() {
        CurrentUser jamie = fixtures.partner(fixtures.organisation("Northshire Partnership"));

        open("/sign-in");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("we can email you a link to sign in instead")).click();
        assertAccessible();
        page.getByLabel("Email address").fill(jamie.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your email"))).isVisible();
        assertAccessible();

        String link = mail.latestTo(jamie.email()).orElseThrow().firstLink();
        open(link.replace("http://localhost", ""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello Jamie"))).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your profile").setExact(true)).first().click();
        assertThat(page.getByText("Only you and the coordinators at your organisation can see this.").first()).isVisible();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change likes to be called")).click();
        assertAccessible();
        page.getByLabel("The name you like to be called").fill("Jay");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Your changes have been saved");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Likes to be called")))
                .containsText("Jay");
        assertThat(page.locator(".cp-header")).containsText("Jay");
        assertAccessible();
    }
}
