package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The coordinator writes and publishes the co-production policy with an easy read version. A member of the public
 * finds it from the organisation's home page on their phone, reads the easy read version, and gives feedback about
 * it. The coordinator replies, and later the public read the reply on "you said, we did".
 */
class PublicReadsThePolicyInEasyReadAndHearsBackTest extends BrowserTest {

    static final String EASY_READ = "We work together.\n\nEveryone is equal.\n\nWe pay you for your time.";
    static final String FEEDBACK = "The easy read policy is good. Please add pictures, so that more people can read it.";
    static final String REPLY = "Thank you. We asked our easy read group to choose pictures, and they are now in the policy.";

    @Test
    void aMemberOfThePublicReadsThePolicyInEasyReadGivesFeedbackAndLaterSeesTheReply() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        String home = "/public/" + northshire.slug();

        signIn(priya);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Public pages").setExact(true)).first().click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write it (Co-production policy)")).click();
        button("Save and preview");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a title");
        assertAccessible();
        page.getByLabel("Title").fill("Our co-production policy");
        page.getByLabel("Short description").fill("What co-production means here, and our promises to you.");
        page.getByLabel("The page").fill("Co-production means working together as equal partners.\n\n# Our promises\n- We pay you for your time.");
        page.getByLabel("Easy read version (optional)").fill(EASY_READ);
        page.getByLabel("Day").first().fill("3");
        page.getByLabel("Month").first().fill("11");
        page.getByLabel("Year").first().fill("2026");
        page.getByLabel("Who agreed it?").fill("The partnership board");
        button("Save and preview");
        assertThat(page.locator(".cp-preview")).containsText("Everyone is equal.");
        assertThat(page.locator("main")).containsText("Plain English check");
        assertAccessible();
        button("Publish");
        assertThat(page.locator(".govuk-notification-banner")).containsText("anyone can read it now");
        assertAccessible();

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        open(home);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Our co-production policy")).click();
        assertThat(page.locator("h1")).hasText("Our co-production policy");
        assertThat(page.locator("main")).containsText("Agreed by The partnership board on 3 November 2026.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the easy read version")).click();
        assertThat(page.locator(".cp-easy-read")).containsText("Everyone is equal.");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tell us what you think about this page")).click();
        assertThat(page.getByLabel("What is it about? (optional)")).hasValue("Our co-production policy");
        page.getByLabel("Your feedback", new Page.GetByLabelOptions().setExact(true)).fill(FEEDBACK);
        page.getByLabel("No, I do not need a reply").check();
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        page.waitForTimeout(3_100);
        button("Send feedback");
        assertThat(page.locator("h1")).hasText("Thank you for your feedback");
        assertAccessible();

        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(priya);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FB-1001")).click();
        assertThat(page.locator("main")).containsText("Our co-production policy");
        page.getByLabel("Your reply").fill(REPLY);
        button("Check and send the reply");
        button("Show it on");
        assertThat(page.locator(".govuk-notification-banner")).containsText("It is on \"you said, we did\"");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        open(home);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("You said, we did")).click();
        Locator main = page.locator("main");
        assertThat(main).containsText(FEEDBACK);
        assertThat(main).containsText(REPLY);
        assertAccessible();
    }

    private void button(String text) {
        page.locator("main form button", new Page.LocatorOptions().setHasText(text)).first().click();
        page.waitForLoadState();
    }
}
