package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.Test;

class CoordinatorChecksWritingAndExplainsJargonTest extends BrowserTest {

    static final String JARGON = "The CLDT and the ICB will utilise the personal budget allocation in order to commence "
            + "the implementation of the reablement pathway, which was agreed by commissioners following the review that was "
            + "undertaken across the Northshire footprint during the last financial year.";
    static final String PLAIN = "The learning disability team and the local NHS will use the money to start short-term help "
            + "at home. Commissioners agreed this after last year's review.";

    @Test
    void coordinatorPastesJargonSeesItMarkedRewritesItAndAddsAWordToThePublicJargonBuster() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        signIn(priya);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check my writing").setExact(true)).first().click();
        assertAccessible();
        page.getByLabel("Your writing").fill(JARGON);
        assertThat(page.locator(".cp-verdict")).containsText("This will be hard for many people to read");
        assertThat(page.locator(".cp-checked-text mark", new Page.LocatorOptions().setHasText("CLDT"))).isVisible();
        assertThat(page.locator(".cp-checked-text .cp-long").first()).isVisible();
        assertThat(page.locator(".cp-notes")).containsText("CLDT means: Community learning disability team");
        assertAccessible();
        double before = readingEase();

        page.getByLabel("Your writing").fill(PLAIN);
        assertThat(page.locator(".cp-verdict")).containsText("Most people will understand this");
        assertThat(readingEase()).isGreaterThan(before + 30);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jargon buster").setExact(true)).first().click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a word")).click();
        assertAccessible();
        page.getByLabel("Word or abbreviation").fill("Hollow Green Hub");
        page.getByLabel("What it means, in plain words").fill("Our day centre in Hollow Green. You can go there on weekdays.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and publish")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is saved");
        assertThat(page.getByText("Plain English check")).isVisible();
        assertAccessible();

        page.context().clearCookies();
        open("/public/" + northshire.slug() + "/jargon-buster");
        page.getByLabel("Look up a word").fill("hollow");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Look it up")).click();
        assertThat(page.locator(".cp-glossary")).containsText("Our day centre in Hollow Green.");
        assertAccessible();
        open("/public/" + northshire.slug() + "/jargon-buster?letter=C");
    }

    @Test
    void withoutJavaScriptTheButtonChecksTheWriting() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        var noScript = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        try {
            Page plain = noScript.newPage();
            plain.navigate(url("/sign-in"));
            plain.getByLabel("Email address").fill(priya.email());
            plain.getByLabel("Password").fill(Fixtures.PASSWORD);
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            plain.waitForURL(address -> !address.contains("/sign-in"));
            plain.navigate(url("/check-my-writing"));
            plain.getByLabel("Your writing").fill(JARGON);
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my writing")).click();
            assertThat(plain.locator(".cp-verdict")).containsText("This will be hard for many people to read");
            assertThat(plain.getByLabel("Your writing")).hasValue(JARGON);
        } finally {
            noScript.close();
        }
    }

    private double readingEase() {
        String summary = page.locator(".cp-verdict").innerText();
        String number = summary.replaceAll("(?s).*Reading ease (-?[0-9]+) out of 100.*", "$1");
        return Double.parseDouble(number);
    }
}
