package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.PreparationQuestion;
import org.coproduce.projects.PreparationSection;
import org.coproduce.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A coordinator starts a project, is warned it has no co-lead with lived experience until Jamie joins as co-lead,
 * places it on the ladder, and works through every part of the preparation task list, including a stakeholder map
 * with a group not yet involved. Every page is scanned for accessibility.
 */
class CoordinatorPreparesAProjectTest extends BrowserTest {

    @Test
    void coordinatorStartsAProjectAndCompletesItsPreparation() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        fixtures.person(northshire, PersonDetails.basic("Jamie Lee", "Jamie", null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        signIn(priya);

        link("Projects").click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a project")).click();
        page.getByLabel("Title").fill("Day services review");
        page.getByLabel("For paying people for their time (optional)").fill("lots");
        button("Save").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an amount in pounds");
        assertAccessible();
        page.getByLabel("What is it for?").fill("Find out what people want from day services.");
        page.getByLabel("Co-design", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Analyse", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("For paying people for their time (optional)").fill("£1,500");
        button("Save").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Day services review has been set up");
        assertThat(page.locator(".govuk-warning-text")).containsText("No co-lead has lived or caring experience");
        assertThat(page.locator(".govuk-summary-list")).containsText("£1,500");
        assertAccessible();

        link("Add a co-lead").click();
        page.getByLabel("Who is joining?").selectOption(new SelectOption().setLabel("Jamie Lee"));
        page.getByLabel("Co-lead", new Page.GetByLabelOptions().setExact(true)).check();
        button("Add to the team").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Jamie is in the team as co-lead");
        assertAccessible();
        link("Back to Day services review").click();
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);

        link("Place the project on the ladder, or see its history").click();
        assertAccessible();
        page.getByLabel("Co-design", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Why is it there?").fill("Jamie co-leads; the group designs the new service.");
        button("Save").click();
        assertThat(page.getByText("Jamie co-leads; the group designs the new service.")).isVisible();

        for (PreparationSection section : PreparationSection.values()) {
            page.locator(".govuk-task-list__link[href$='/preparation/" + section.slug() + "']").click();
            assertAccessible();
            if (section == PreparationSection.RELATIONSHIPS) {
                mapTheStakeholders();
            }
            for (PreparationQuestion question : PreparationQuestion.of(section)) {
                if (question.inWords()) {
                    page.locator("#" + question.field()).fill("We have talked this through with the group.");
                } else {
                    page.locator("input[name='" + question.field() + "'][value='YES']").check();
                }
            }
            page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).last().check();
            button("Save and continue").click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("is completed");
        }
        assertThat(page.getByText("7 of 7 parts completed")).isVisible();
        assertThat(page.getByText("Voices not heard yet")).isVisible();
        assertAccessible();
    }

    private void mapTheStakeholders() {
        button("Save and continue").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say whether you have completed this part");
        assertAccessible();
        Locator rows = page.locator(".govuk-summary-list__row");
        int count = rows.count();
        for (int i = 0; i < count; i++) {
            Locator row = page.locator(".govuk-summary-list__row").nth(i);
            String who = row.locator("dt").innerText();
            row.getByRole(AriaRole.LINK).click();
            if (who.startsWith("Children and young people")) {
                button("Save").click();
                assertThat(page.locator(".govuk-error-summary")).containsText("Say why they are not involved yet");
                assertAccessible();
                page.getByLabel("Not yet, but they should be").check();
                page.getByLabel("If they are not involved, why not?").fill("Our meetings are in school hours.");
                page.getByLabel("If they should be, what will you do to involve them?").fill("A Saturday session at the youth club.");
            } else {
                page.getByLabel("Yes, they are involved").check();
            }
            button("Save").click();
        }
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }
}
