package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.assessment.GivenRating;
import org.coproduce.assessment.Rating;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The self-assessment pages, with their errors and easy read wording, pass the WCAG 2.2 AA scan: a coordinator starts a
 * round of the five big ideas, a partner rates it with the easy read form on a phone, a staff member with the standard
 * form, and the coordinator records an agreed rating and an action and downloads the PDF.
 */
class AssessmentPagesAreAccessibleTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired org.coproduce.assessment.Rounds rounds;
    @org.springframework.beans.factory.annotation.Autowired org.coproduce.assessment.Frameworks frameworks;

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

    @Test
    void aCoordinatorStartsARoundAPartnerRatesItAndTheResultsShowTheGap() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser jamie = fixtures.partner(northshire);
        CurrentUser tom = fixtures.staff(northshire);
        // Results show each side apart only once it has three people, so two more of each rate too.
        List<CurrentUser> partners = List.of(fixtures.member(northshire, "Aisha Begum", "Aisha", Role.PARTNER),
                fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER));
        List<CurrentUser> staff = List.of(fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.STAFF),
                fixtures.member(northshire, "Sam Okafor", "Sam", Role.STAFF));

        signIn(priya);
        open("/assessment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a round")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the round")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the framework to rate");
        assertAccessible();
        page.getByLabel("Checking if co-production is happening").check();
        page.getByLabel("Title").fill("Autumn check");
        java.time.LocalDate closes = java.time.LocalDate.now().plusWeeks(2);
        page.getByLabel("Day").fill(String.valueOf(closes.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(closes.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(closes.getYear()));
        page.getByLabel("Jamie Lee").check();
        page.getByLabel("Thomas Bennett").check();
        for (String name : List.of("Aisha Begum", "Kwame Mensah", "Grace Adeyemi", "Sam Okafor")) {
            page.getByLabel(name).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the round")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The round has started");
        assertAccessible();
        String roundPage = page.url();
        long roundId = Long.parseLong(roundPage.replaceAll(".*/rounds/(\\d+).*", "$1"));
        partners.forEach(partner -> sendAll(partner, roundId, Rating.MORE_TO_DO));
        staff.forEach(member -> sendAll(member, roundId, Rating.DOING_WELL));

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        signIn(jamie);
        page.navigate(roundPage);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Easy read: one question at a time")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next question")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose an answer");
        assertAccessible();
        for (int question = 1; question <= 20; question++) {
            assertThat(page.locator(".govuk-caption-l")).hasText("Question " + question + " of 20");
            page.getByLabel("There is more to do").check();
            page.locator("main form button[type=submit]").click();
        }
        assertThat(page.locator("main")).containsText("You answered 20 of 20 questions");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(page.locator("h1")).containsText("Results: Autumn check");
        assertAccessible();

        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(tom);
        page.navigate(roundPage + "/rate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my ratings")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Rate 1.1");
        assertAccessible();
        for (com.microsoft.playwright.Locator doingWell : page.locator("input[type=radio][value='DOING_WELL']").all()) {
            doingWell.check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my ratings")).click();
        assertThat(page.locator("main")).containsText("Groups see this very differently");
        assertAccessible();

        page.context().clearCookies();
        signIn(priya);
        page.navigate(roundPage + "/results");
        page.getByText("Record the rating the group agreed for 1.1").click();
        page.locator("input[name='agreed-1.1'][value='GETTING_THERE']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreed rating for 1.1")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Tick who agreed the rating for 1.1");
        assertAccessible();
        page.locator("input[name='agreed-1.1'][value='GETTING_THERE']").check();
        page.locator("input[name='agreedBy-1.1']").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agreed rating for 1.1")).click();
        assertThat(page.locator("main")).containsText("Agreed in the meeting: getting there");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what will be done");
        assertAccessible();
        page.getByLabel("What will be done?").fill("Ask people in from the start of every project");
        page.getByLabel("Who will do it?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Priya Shah"));
        page.locator("#due").fill("31");
        page.locator("#due-month").fill("1");
        page.locator("#due-year").fill(String.valueOf(closes.getYear() + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action")).click();
        assertThat(page.locator("#actions + .cp-card, .cp-card").last()).containsText("Ask people in from the start of every project");
        assertAccessible();
        com.microsoft.playwright.Download report = page.waitForDownload(() -> page.getByText("Download the report (PDF)").click());
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".pdf");
        org.assertj.core.api.Assertions.assertThat(report.path().toFile().length()).isGreaterThan(1_000);

        long framework = frameworks.builtIn("checking-co-production");
        long spring = rounds.start(priya, framework, "Spring check", closes, java.util.Set.of(jamie.personId()));
        java.util.Map<String, org.coproduce.assessment.GivenRating> ratings = new java.util.HashMap<>();
        for (var indicator : rounds.framework(northshire.id(), spring).indicators()) {
            ratings.put(indicator.code(), new org.coproduce.assessment.GivenRating(indicator.code(), org.coproduce.assessment.Rating.GETTING_THERE, null, null));
        }
        rounds.rate(jamie, spring, ratings, true, false);
        open("/assessment/rounds/" + spring + "/results");
        assertThat(page.locator("#progress")).containsText("Progress since Autumn check");
    }

    private void sendAll(CurrentUser rater, long roundId, Rating rating) {
        Map<String, GivenRating> all = new HashMap<>();
        rounds.framework(rater.organisationId(), roundId).indicators()
                .forEach(indicator -> all.put(indicator.code(), new GivenRating(indicator.code(), rating, null, null)));
        rounds.rate(rater, roundId, all, true, false);
    }
}
