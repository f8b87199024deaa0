package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.GroupChanges;
import org.coproduce.groups.GroupDetails;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.MeetingFrequency;
import org.coproduce.groups.MemberRole;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.support.BrowserTest;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator sets up the partnership board with its terms of reference, adds a co-chair with lived experience and
 * other members, sets a quorum, records a meeting where too few people with lived experience came, and sees its
 * decision marked; then goes through induction with a new member. Every page is scanned for accessibility.
 */
class CoordinatorRunsABoardWithAQuorumTest extends BrowserTest {

    @Autowired GroupChanges changes;

    @Test
    void coordinatorSetsUpABoardRecordsAMeetingThatIsNotQuorateAndInductsANewMember() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        person(northshire, "Jamie Lee", InvolvementRole.LIVED_EXPERIENCE);
        person(northshire, "Aisha Rahman", InvolvementRole.LIVED_EXPERIENCE);
        person(northshire, "Helen Ward", InvolvementRole.COMMISSIONER);
        signIn(priya);

        link("Groups").click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up a group")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose what kind of group it is");
        assertAccessible();
        page.getByLabel("Board", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Name").fill("Partnership Board");
        page.getByLabel("What is it for?").fill("Takes the big decisions about support in Northshire.");
        page.getByLabel("Every month").check();
        page.getByLabel("Target for members with lived or caring experience (optional)").fill("50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Partnership Board has been set up");
        assertAccessible();

        link("Terms of reference").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the terms of reference")).click();
        assertAccessible();
        page.getByLabel("Terms of reference").fill("""
                # What the board is for
                The board makes the big decisions about support in Northshire.

                # Making decisions
                - A meeting can decide things only when 2 members with lived experience are there.
                - We pay people for their time.""");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Version 1 of the terms of reference is saved");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Making decisions"))).isVisible();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Partnership Board")).click();

        addMember("Jamie Lee", "Co-chair");
        assertThat(page.locator(".cp-glance")).containsText("A co-chair has lived or caring experience");
        addMember("Aisha Rahman", "Member");
        addMember("Helen Ward", "Co-chair");
        assertThat(page.locator(".cp-glance")).containsText("2 of 3 members (67%) have lived or caring experience");
        assertAccessible();

        link("Change the group's details, target or quorum").click();
        page.getByLabel("Quorum (optional)").fill("5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("but the group has 2");
        assertAccessible();
        page.getByLabel("Quorum (optional)").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".cp-glance")).containsText("Meetings count only when 2 members with lived or caring experience are there");

        link("Meetings and decisions").click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a meeting")).click();
        page.getByLabel("Title").fill("Board meeting");
        LocalDate lastWeek = LocalDate.now(Dates.LONDON).minusWeeks(1);
        page.getByLabel("Day").fill(String.valueOf(lastWeek.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(lastWeek.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(lastWeek.getYear()));
        page.getByLabel("Starts at").fill("10:30");
        page.getByLabel("Ends at").fill("10am");
        page.getByLabel("Where is it?").fill("Room 2, Community Hub");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The session must end after it starts");
        assertAccessible();
        page.getByLabel("Ends at").fill("12:30pm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Board meeting is planned");
        assertThat(page.locator("#quorum")).containsText("nobody has recorded who came");
        assertAccessible();

        page.getByLabel("Jamie, co-chair").check();
        page.getByLabel("Helen, co-chair").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save who came")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The meeting was not quorate");
        assertThat(page.locator("#quorum")).containsText("This meeting was not quorate");
        page.getByLabel("Record a decision").fill("Papers will have an easy read version from January.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        Locator decision = page.locator(".cp-decision", new Page.LocatorOptions().setHasText("easy read version"));
        assertThat(decision).containsText("Not quorate");
        assertAccessible();

        link("Partnership Board").click();
        link("Aisha").click();
        assertAccessible();
        link("Go through induction with Aisha").click();
        assertAccessible();
        for (Locator box : page.locator("input[name=done]").all()) {
            box.check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Aisha has finished induction for Partnership Board");
        link("Induction checklist").click();
        assertThat(page.getByText("Aisha")).hasCount(0);
        assertAccessible();
    }

    @Test
    void everyGroupPageIsAccessibleIncludingTheirErrors() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        long board = changes.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        long network = changes.create(priya, new GroupDetails(GroupKind.CHAMPIONS_NETWORK, "Champions", "Speak up.",
                MeetingFrequency.QUARTERLY, null, board, null));
        long jamie = person(northshire, "Jamie Lee", InvolvementRole.LIVED_EXPERIENCE);
        long spell = changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LocalDate.now().minusYears(1), null);
        changes.addMember(priya, network, jamie, MemberRole.MEMBER, LocalDate.now().minusYears(1), null);
        changes.writeTerms(priya, board, "We meet every month.");
        changes.writeTerms(priya, board, "We meet every month. We pay people for their time.");
        signIn(priya);

        open("/groups");
        open("/groups/" + board);
        open("/groups/" + board + "/edit");
        open("/groups/" + board + "/members/new");
        open("/groups/" + board + "/members/" + spell);
        open("/groups/" + board + "/members/" + spell + "/induction");
        open("/groups/" + board + "/induction");
        open("/groups/" + board + "/terms");
        open("/groups/" + board + "/terms/versions/1");
        open("/groups/" + board + "/terms/edit");
        open("/groups/" + board + "/meetings");
        open("/groups/" + board + "/meetings/new");
        open("/groups/" + network + "/champions");
        open("/public/" + northshire.slug() + "/champions");

        open("/groups/" + board + "/members/" + spell);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record that they left")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("would have no co-chair");
        assertAccessible();

        open("/groups/" + network + "/champions");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the champion");
        assertAccessible();

        open("/groups/" + board + "/members/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the group")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose who is joining");
        assertAccessible();
    }

    private void addMember(String name, String role) {
        link("Add a member").click();
        page.getByLabel("Who is joining?").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(name));
        page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#joinedOn-year").fill(String.valueOf(LocalDate.now(Dates.LONDON).getYear() - 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the group")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is now in Partnership Board");
    }

    private long person(Organisation organisation, String name, InvolvementRole role) {
        return fixtures.person(organisation, PersonDetails.basic(name, name.split(" ")[0], null, null, Set.of(role)));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }
}
