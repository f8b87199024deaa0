package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator plans a workshop for a project, sees the agenda the template gives, invites three people (one needs a
 * BSL interpreter), who reply from their email links without signing in; the coordinator sees the unmet need, arranges
 * it, and the flag on the home page goes. Every page, including the public reply page, is scanned for accessibility.
 */
class CoordinatorRunsAProjectSessionTest extends BrowserTest {

    @Autowired ProjectChanges projects;
    @Autowired InProcessMailServer mail;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void coordinatorPlansAWorkshopInvitesThreePeopleAndArrangesAnInterpreter() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        person(northshire, "Ayesha Khan", "ayesha", Set.of(AccessNeed.BSL_INTERPRETER), Set.of(CommunicationFormat.EASY_READ));
        CurrentUser jamie = fixtures.partner(northshire);
        person(northshire, "Chloe Martin", "chloe", Set.of(), Set.of());
        signIn(priya);

        open("/projects/" + project);
        link("Plan sessions, and see what happened at them").click();
        assertAccessible();
        button("Plan a session").click();
        page.getByLabel("Title").fill("Design workshop");
        LocalDate day = LocalDate.now(Dates.LONDON).plusWeeks(2);
        page.getByLabel("Day").fill(String.valueOf(day.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(day.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(day.getYear()));
        page.getByLabel("Starts at").fill("10am");
        page.getByLabel("Ends at").fill("12:30pm");
        page.getByLabel("Where is it?").fill("Room 2, Community Hub");
        button("Save").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Design workshop is planned");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Agenda"))).containsText("Icebreaker");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Agenda"))).containsText("Break");
        assertAccessible();

        link("Change the agenda").click();
        assertAccessible();
        Locator breaks = page.locator(".cp-agenda li", new Page.LocatorOptions().setHasText("a break)"));
        while (breaks.count() > 0) {
            breaks.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")).click();
            page.waitForLoadState();
        }
        assertThat(page.locator(".govuk-warning-text").first()).containsText("longer than an hour and has no break");
        assertAccessible();
        page.getByLabel("Break", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("What is it?").fill("Tea break");
        page.getByLabel("How many minutes?").fill("30");
        button("Add to the agenda").click();
        assertThat(page.getByText("longer than an hour and has no break")).hasCount(0);
        link("Back to Design workshop").click();

        link("Invite people, or record a reply").click();
        assertAccessible();
        page.getByLabel("Ayesha Khan").check();
        page.getByLabel("Jamie Lee").check();
        page.getByLabel("Chloe Martin").check();
        button("Send invitations").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Invited by email: Ayesha, Chloe, Jamie.");
        assertAccessible();

        String ayeshasLink = mail.latestTo(Fixtures.email(northshire, "ayesha")).orElseThrow().firstLink().replace("http://localhost", "");
        var visitor = page.context().browser().newContext();
        try {
            Page ayesha = visitor.newPage();
            ayesha.navigate(url(ayeshasLink));
            ayesha.getByLabel("Yes, I can come").check();
            ayesha.getByLabel("Yes, you can record it").check();
            ayesha.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my reply")).click();
            assertThat(ayesha.locator(".govuk-notification-banner")).containsText("We have saved that you are coming");
            org.assertj.core.api.Assertions.assertThat(scan(ayesha)).isEmpty();
        } finally {
            visitor.close();
        }

        open("/home");
        assertThat(page.locator(".cp-flags")).containsText("1 access need is not arranged");
        link("Arrange what people need for Design workshop").click();
        assertThat(page.locator("#access ~ dl").first()).containsText("Not arranged");
        assertAccessible();
        link("Arrange British Sign Language (BSL) interpreter").click();
        assertAccessible();
        page.getByLabel("What is arranged? (optional)").fill("Interpreter booked, arriving 9:45am.");
        button("Mark as arranged").click();
        assertThat(page.locator("#access ~ dl").first()).containsText("Arranged");
        open("/home");
        assertThat(page.getByText("access need is not arranged")).hasCount(0);

        open("/your-sessions");
        open("/projects/" + project + "/sessions");
        link("Design workshop").click();
        link("Change").first().click();
        assertAccessible();
        page.getByLabel("Ends at").fill("9am");
        button("Save").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The session must end after it starts");
        assertAccessible();

        // The workshop happens.
        jdbc.sql("update coproduction_session set starts_at = now() - interval '3 hours', ends_at = now() - interval '30 minutes' where project_id = :id")
                .param("id", project).update();
        open("/projects/" + project + "/sessions");
        link("Design workshop").click();
        page.getByLabel("Ayesha, invited, said yes").check();
        page.getByLabel("Jamie, invited, no reply").check();
        button("Save who came").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved: 2 came");

        link("Who spoke, insights and actions").click();
        assertThat(page.locator(".govuk-inset-text")).containsText("Not heard yet: Ayesha, Jamie.");
        assertAccessible();
        page.locator("fieldset", new Page.LocatorOptions().setHasText("Who spoke on \"Icebreaker\"?")).getByLabel("Jamie").check();
        button("Save who spoke").click();
        assertThat(page.locator(".govuk-inset-text")).containsText("Not heard yet: Ayesha.");
        page.getByLabel("Add an insight").fill("I would go more often if it was open at weekends.");
        page.getByLabel("Who said it?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Jamie"));
        button("Save the insight").click();
        assertThat(page.locator(".cp-quote")).containsText("I would go more often if it was open at weekends.");
        assertAccessible();
        link("Back to Design workshop").click();

        page.getByLabel("Record a decision").fill("Open the new service on Saturdays.");
        page.locator("input[name=participants]").first().check();
        page.getByLabel("Where does it sit on the ladder of participation? (optional)").selectOption("CO_PRODUCTION");
        button("Record the decision").click();
        assertThat(page.locator(".cp-decision")).containsText("On the ladder: Co-production.");
        assertAccessible();

        link("Tell people what difference they made").click();
        assertAccessible();
        page.getByLabel("To everyone who came").fill("We will try Saturday opening from March.");
        page.getByLabel("Where did Jamie's contribution make a difference? (optional)").fill("Your idea of weekend opening is in the plan.");
        button("Check and send").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Follow-up sent");

        page.context().clearCookies();
        signIn(jamie);
        link("Your impact").click();
        assertThat(page.locator(".cp-card").first()).containsText("Your idea of weekend opening is in the plan.");
        assertAccessible();
        link("Show this page in easy read").click();
        assertThat(page.getByText("What you did:")).isVisible();
        assertAccessible();
    }

    private void person(Organisation organisation, String name, String first, Set<AccessNeed> needs, Set<CommunicationFormat> formats) {
        fixtures.person(organisation, new PersonDetails(name, name.split(" ")[0], null, null, null, Fixtures.email(organisation, first),
                null, null, null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null, needs, null, formats));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).first();
    }
}
