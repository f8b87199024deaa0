package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.opportunities.Opportunities;
import org.coproduce.opportunities.OpportunityForm;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Someone whose browser runs no JavaScript finds an opportunity and says they are interested, and it reaches the coordinator. */
class PublicGetsInvolvedWithoutJavaScriptTest extends BrowserTest {

    @Autowired Opportunities opportunities;
    @Autowired JdbcClient jdbc;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void someoneWithoutJavaScriptSaysTheyAreInterestedFromThePublicPages() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(2);
        opportunities.publish(priya, new OpportunityForm("Join the housing group", "Make housing better.", "People who rent.",
                "2 hours a month.", "£25 an hour, and travel.", "A buddy.", String.valueOf(closes.getDayOfMonth()),
                String.valueOf(closes.getMonthValue()), String.valueOf(closes.getYear())));

        page.setViewportSize(390, 844);
        open("/public/" + northshire.slug());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Get involved").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Join the housing group")).click();
        assertAccessible();
        page.getByLabel("Your name").fill("Rosa Lee");
        page.getByLabel("Letter", new Page.GetByLabelOptions().setExact(true)).check();
        page.waitForTimeout(3_100);
        send();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your address");
        assertThat(page.getByLabel("Your name")).hasValue("Rosa Lee");
        assertAccessible();
        page.getByLabel("Your address (if you chose a letter)").fill("2 High Street\nNorthshire");
        page.getByLabel("I care for a family member or friend").check();
        page.getByLabel("You can keep my details and get in touch with me about this").check();
        send();
        assertThat(page.locator("h1")).hasText("Thank you");
        assertAccessible();

        assertThat(jdbc.sql("select postal_address from expression_of_interest where organisation_id = :o").param("o", northshire.id())
                .query(String.class).single().replace("\r\n", "\n")).isEqualTo("2 High Street\nNorthshire");
    }

    private void send() {
        page.locator("main form button", new Page.LocatorOptions().setHasText("Send")).first().click();
        page.waitForLoadState();
    }
}
