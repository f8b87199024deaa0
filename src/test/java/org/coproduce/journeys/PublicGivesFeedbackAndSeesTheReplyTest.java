package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.notifications.ReceivedEmail;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of the public gives feedback on their phone, the coordinator looks at it, replies and publishes it, and the
 * public then read the reply on "you said, we did". Every page on the way passes the accessibility scan.
 */
class PublicGivesFeedbackAndSeesTheReplyTest extends BrowserTest {

    static final String FEEDBACK = "I am Rosa from Hill Street. The forum starts at 9am, but the first bus gets to the "
            + "centre at 9:40. Please start later so people who use the bus can come.";
    static final String PUBLIC_WORDS = "The forum starts at 9am, but the first bus gets to the centre at 9:40. "
            + "Please start later so people who use the bus can come.";
    static final String REPLY = "Thank you for telling us. From next month the forum will start at 10:30am, after the bus gets in.";

    @Autowired InProcessMailServer mail;

    @Test
    void memberOfThePublicGivesFeedbackTheCoordinatorRepliesAndPublishesItAndThePublicSeeTheReply() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        String rosa = "rosa@" + northshire.slug() + ".example";
        String feedbackPage = "/public/" + northshire.slug() + "/feedback";

        page.setViewportSize(390, 844);
        open(feedbackPage);
        page.getByLabel("Your feedback", new Page.GetByLabelOptions().setExact(true)).fill(FEEDBACK);
        page.getByLabel("Yes, by email").check();
        waitAsAPersonWould();
        send();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your email address, so that we can reply");
        assertThat(page.getByLabel("Your feedback", new Page.GetByLabelOptions().setExact(true))).hasValue(FEEDBACK);
        assertAccessible();

        page.getByLabel("Your email address").fill(rosa);
        page.getByLabel("Your name (optional)").fill("Rosa Diaz");
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        waitAsAPersonWould();
        send();
        assertThat(page.locator("h1")).hasText("Thank you for your feedback");
        assertThat(page.locator(".govuk-panel__body")).containsText("FB-1001");
        assertThat(page.locator("main")).containsText("We will reply by");
        assertAccessible();

        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(priya);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Feedback").setExact(true)).first().click();
        assertAccessible();
        assertThat(page.locator("tbody")).containsText("Due in 20 working days");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("FB-1001")).click();
        assertThat(page.locator("main")).containsText("Rosa Diaz");
        assertAccessible();

        page.locator("main form button", new Page.LocatorOptions().setHasText("We are looking at this")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("looking at this feedback");
        assertThat(page.locator("main")).containsText("Being looked at");
        assertAccessible();

        page.getByLabel("Your reply").fill(REPLY);
        page.locator("main form button", new Page.LocatorOptions().setHasText("Check and send the reply")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("We emailed the reply to " + rosa);
        assertAccessible();
        ReceivedEmail email = mail.latestTo(rosa).orElseThrow();
        assertThat(email.body()).contains("> I am Rosa from Hill Street.").contains(REPLY);

        page.getByLabel("Their feedback as the public will see it").fill(PUBLIC_WORDS);
        page.locator("main form button", new Page.LocatorOptions().setHasText("Show it on")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("It is on \"you said, we did\"");
        assertAccessible();
        open("/feedback/settings");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        open(feedbackPage);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See what people told us and what we did")).click();
        Locator main = page.locator("main");
        assertThat(main).containsText(PUBLIC_WORDS);
        assertThat(main).containsText(REPLY);
        assertThat(main).containsText("We received 1 piece of feedback");
        assertThat(main).not().containsText("Rosa");
        assertThat(main).not().containsText("Hill Street");
        assertAccessible();
    }

    private void send() {
        page.locator("main form button", new Page.LocatorOptions().setHasText("Send feedback")).click();
        page.waitForLoadState();
    }

    /** The form takes a few seconds to fill in by hand; it refuses one sent back faster, as robots do. */
    private void waitAsAPersonWould() {
        page.waitForTimeout(3_100);
    }
}
