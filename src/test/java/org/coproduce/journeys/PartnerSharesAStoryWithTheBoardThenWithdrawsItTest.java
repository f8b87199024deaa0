package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A partner tells their story on their phone and shares it with the board only. A board member reads it; staff and
 * the public cannot. Then the partner withdraws it, and it disappears from every page at once.
 */
class PartnerSharesAStoryWithTheBoardThenWithdrawsItTest extends BrowserTest {

    static final String STORY = "For years nobody asked me what I wanted. At the day centre I was told what to do.\n\n"
            + "Now I help choose what the day centre does. Last month we started a gardening club, because I asked for it.";

    @Test
    void aStorySharedWithTheBoardIsReadByTheBoardAndDisappearsWhenWithdrawn() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser jamie = fixtures.partner(northshire);
        CurrentUser helen = fixtures.member(northshire, "Helen Ward", "Helen", Role.BOARD);
        CurrentUser tom = fixtures.staff(northshire);

        page.setViewportSize(390, 844);
        signIn(jamie);
        open("/stories");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tell a story")).click();
        assertAccessible();
        button("Share the story");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose who can read your story");
        assertAccessible();
        page.getByLabel("Title").fill("Choosing what we do");
        page.getByLabel("The story", new Page.GetByLabelOptions().setExact(true)).fill(STORY);
        page.getByLabel("The board and working groups", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("How should we name you with it? (optional)").fill("Jamie");
        button("Share the story");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Thank you for sharing your story");
        assertThat(page.locator("main")).containsText("we started a gardening club");
        assertAccessible();
        String storyAddress = page.url();

        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(helen);
        open("/stories");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choosing what we do")).click();
        assertThat(page.locator("main")).containsText("we started a gardening club");
        assertThat(page.locator("main")).containsText("By Jamie");

        page.context().clearCookies();
        signIn(tom);
        open("/stories");
        assertThat(page.locator("main")).not().containsText("Choosing what we do");
        assertThat(page.navigate(storyAddress).status()).isEqualTo(404);
        page.context().clearCookies();
        open("/public/" + northshire.slug() + "/stories");
        assertThat(page.locator("main")).not().containsText("Choosing what we do");

        page.setViewportSize(390, 844);
        signIn(jamie);
        page.navigate(storyAddress);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw the story")).click();
        assertThat(page.locator("h1")).hasText("Are you sure you want to withdraw this story?");
        assertAccessible();
        button("Yes, withdraw it");
        assertThat(page.locator(".govuk-notification-banner")).containsText("gone from every page");
        assertThat(page.locator("main")).containsText("A story withdrawn");
        assertThat(page.locator("main")).not().containsText("Choosing what we do");
        assertAccessible();

        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(helen);
        open("/stories");
        assertThat(page.locator("main")).not().containsText("Choosing what we do");
        assertThat(page.navigate(storyAddress).status()).isEqualTo(404);
    }

    private void button(String text) {
        page.locator("main form button", new Page.LocatorOptions().setHasText(text)).first().click();
        page.waitForLoadState();
    }
}
