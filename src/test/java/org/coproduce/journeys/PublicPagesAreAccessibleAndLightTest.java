package org.coproduce.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.opportunities.Opportunities;
import org.coproduce.opportunities.OpportunityForm;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.publishing.PageKind;
import org.coproduce.publishing.PageText;
import org.coproduce.publishing.Publishing;
import org.coproduce.stories.Stories;
import org.coproduce.stories.StoryForm;
import org.coproduce.stories.StoryScope;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.PageWeight;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public page passes the WCAG 2.2 AA scan and stays within a page-weight budget fit for an old phone on a slow,
 * metered connection: what the browser fetches for the page, compressed as sent, and how many requests it makes.
 */
class PublicPagesAreAccessibleAndLightTest extends BrowserTest {

    /** Everything a page fetches, HTML, styles, scripts and images together. */
    static final long MOST_BYTES = 100 * 1024;
    static final int MOST_REQUESTS = 10;

    @Autowired Publishing publishing;
    @Autowired Stories stories;
    @Autowired Opportunities opportunities;
    @Autowired Register register;

    @Test
    void everyPublicPageIsAccessibleAndWithinItsBudget() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser jamie = fixtures.partner(northshire);
        Instant now = Instant.now();
        publishing.publish(priya, PageKind.POLICY, new PageText("Our co-production policy", "What co-production means here.",
                "We work together as equals.\n\n# Our promises\n- We pay you for your time.\n- We reply to feedback.",
                "We work together.\n\nEveryone is equal.", LocalDate.now(Dates.LONDON).minusMonths(3), "The partnership board",
                null, null), now.minusSeconds(86_400 * 90));
        publishing.publish(priya, PageKind.POLICY, new PageText("Our co-production policy", "What co-production means here.",
                "We work together as equals, and we pay people within 14 days.", "We work together.\n\nWe pay you in 2 weeks.",
                LocalDate.now(Dates.LONDON).minusMonths(1), "The partnership board", null, "Paying people faster"), now);
        publishing.publish(priya, PageKind.UPDATE, new PageText("New co-chair", "Jamie is now a co-chair.", "Jamie is now a co-chair.",
                null, null, null, null, null), now);
        long papers = publishing.publish(priya, PageKind.PAPERS, new PageText("Board papers", "Papers for the board.",
                "# Agenda\n- Welcome\n- Day services", null, null, null, LocalDate.now(Dates.LONDON).minusWeeks(2), null), now);
        publishing.attach(priya, papers, "minutes.pdf", "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                now.minusSeconds(60));
        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, true, ConsentMethod.ONLINE, null,
                jamie.personId());
        publishing.writeWhosWhoEntry(priya, jamie.personId(), "Jamie", "Co-chair", "I like football.");
        long story = stories.tell(jamie, jamie.personId(), new StoryForm(null, "Being a co-chair", "I was shy. Now I chair the board.",
                StoryScope.PUBLIC, "Jamie", true), null);
        LocalDate closes = LocalDate.now(Dates.LONDON).plusWeeks(2);
        long opportunity = opportunities.publish(priya, new OpportunityForm("Join the housing group", "Make housing better.",
                "People who rent.", "2 hours a month.", "£25 an hour.", "A buddy.", String.valueOf(closes.getDayOfMonth()),
                String.valueOf(closes.getMonthValue()), String.valueOf(closes.getYear())));

        String base = "/public/" + northshire.slug();
        List<String> pages = List.of(base, base + "/pages/co-production-policy", base + "/pages/co-production-policy/easy-read",
                base + "/pages/co-production-policy/versions", base + "/pages/co-production-policy/versions/1",
                base + "/updates", base + "/papers", base + "/pages/board-papers", base + "/whos-who", base + "/stories",
                base + "/stories/" + story, base + "/get-involved", base + "/get-involved/" + opportunity, base + "/feedback",
                base + "/you-said-we-did", base + "/jargon-buster", base + "/champions",
                base + "/privacy");

        List<String> overBudget = new ArrayList<>();
        for (String path : pages) {
            firstVisitOnAPhone();
            PageWeight weight = PageWeight.of(page);
            page.navigate(url(path));
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            if (weight.bytes() > MOST_BYTES || weight.requests() > MOST_REQUESTS) {
                overBudget.add(path + ": " + weight.bytes() / 1024 + " KB in " + weight.requests() + " requests\n    "
                        + weight.fetched().stream().map(f -> f.url() + " " + f.bytes()).collect(Collectors.joining("\n    ")));
            }
            System.out.printf("Page weight %-60s %6.1f KB %2d requests%n", path, weight.bytes() / 1024.0, weight.requests());
            assertAccessible();
        }
        assertThat(overBudget).withFailMessage(() -> "Over the page-weight budget:\n" + String.join("\n", overBudget)).isEmpty();
    }

    /** A fresh browser with nothing cached, the size of a phone: the heaviest case, someone's first visit. */
    private void firstVisitOnAPhone() {
        context.close();
        context = org.coproduce.support.Browsers.chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }
}
