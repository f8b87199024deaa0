package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.opportunities.InterestForm;
import org.coproduce.opportunities.Opportunities;
import org.coproduce.opportunities.OpportunityForm;
import org.coproduce.organisations.Organisation;
import org.coproduce.publishing.PageKind;
import org.coproduce.publishing.PageText;
import org.coproduce.publishing.Publishing;
import org.coproduce.stories.Stories;
import org.coproduce.stories.StoryForm;
import org.coproduce.stories.StoryScope;
import org.coproduce.support.BrowserTest;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The signed-in pages behind the public ones: writing pages, who's who, stories and get involved, with their errors. */
class PublicWorkPagesAreAccessibleTest extends BrowserTest {

    @Autowired Publishing publishing;
    @Autowired Stories stories;
    @Autowired Opportunities opportunities;

    @Test
    void coordinatorPagesForPublicPagesStoriesAndGettingInvolved() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser jamie = fixtures.partner(northshire);
        long policy = publishing.publish(priya, PageKind.POLICY, new PageText("Our co-production policy", "What it means here.",
                "We work together.", "We work together.", LocalDate.now(Dates.LONDON), "The board", null, null), Instant.now());
        publishing.attach(priya, policy, "policy.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), Instant.now());
        long story = stories.tell(jamie, jamie.personId(), new StoryForm(null, "My story", "It is mine.", StoryScope.BOARD, null, true), null);
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(2);
        long opportunity = opportunities.publish(priya, new OpportunityForm("Join the housing group", "Make housing better.",
                "People who rent.", "2 hours a month.", "£25 an hour.", "A buddy.", String.valueOf(closes.getDayOfMonth()),
                String.valueOf(closes.getMonthValue()), String.valueOf(closes.getYear())));
        opportunities.receiveInterest(priya, opportunity, new InterestForm("Rosa Lee", "rosa@example.org", null, null, "EMAIL",
                "Large print", List.of("FAMILY_CARER"), "yes"));
        signIn(priya);

        open("/publishing");
        open("/publishing/" + policy);
        open("/publishing/" + policy + "/edit");
        open("/publishing/new?kind=UPDATE");
        open("/publishing/new?kind=PAPERS");
        button("Save and preview");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
        open("/publishing/settings");
        open("/publishing/whos-who");
        open("/whos-who/" + jamie.personId());
        open("/stories");
        open("/stories/new");
        button("Share the story");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
        open("/stories/" + story);
        open("/stories/" + story + "/withdraw");
        open("/opportunities");
        open("/opportunities/new");
        button("Save and preview");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
        page.getByLabel("Title").fill("Join the transport group");
        page.getByLabel("What it is").fill("Help us make buses better.");
        page.getByLabel("Who it is for").fill("People who take the bus.");
        page.getByLabel("Time", new Page.GetByLabelOptions().setExact(true)).fill("2 hours a month.");
        page.getByLabel("Pay and expenses").fill("£25 an hour.");
        page.getByLabel("Support we offer").fill("A buddy.");
        page.getByLabel("Day").fill(String.valueOf(closes.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(closes.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(closes.getYear()));
        button("Save and preview");
        assertThat(page.locator(".cp-preview")).containsText("Help us make buses better.");
        assertAccessible();
        button("Publish");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Published");
        assertAccessible();
        open("/opportunities/" + opportunity);
        open("/opportunities/" + opportunity + "/edit");
    }

    @Test
    void aPartnersOwnWhosWhoEntryAndStoriesOnAPhone() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser jamie = fixtures.partner(northshire);
        fixtures.member(northshire, "Helen Ward", "Helen", Role.BOARD);
        page.setViewportSize(390, 844);
        signIn(jamie);

        open("/profile");
        open("/whos-who/" + jamie.personId());
        page.getByLabel("Name to show").fill("");
        button("Save");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible();
        open("/stories");
        open("/stories/new");
    }

    private void button(String text) {
        page.locator("main form button", new Page.LocatorOptions().setHasText(text)).first().click();
        page.waitForLoadState();
    }
}
