package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.payments.PaidActivity;
import org.coproduce.payments.Payments;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.BrowserTest;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment pages people meet so far, including their errors and the easy read version, pass the WCAG 2.2 AA scan. */
class PaymentPagesAreAccessibleTest extends BrowserTest {

    @Autowired Payments payments;
    @Autowired ProjectChanges projects;
    @Autowired Sessions sessions;

    @Test
    void ratesClaimsAndYourPayments() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser jamie = fixtures.partner(northshire);
        payments.addRate(priya, PaidActivity.ATTENDING, 2_500, 7_500L, 15_000L, 60, LocalDate.now(Dates.LONDON).minusYears(1));
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        Instant start = Instant.now().minus(Duration.ofDays(3));
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofHours(2)), "Room 2", null));
        sessions.recordAttendance(priya, session, List.of(jamie.personId()));

        signIn(priya);
        open("/payments/rates");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rate")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose what the rate pays for");
        assertAccessible();
        open("/payments/claims");
        assertThat(page.locator(".cp-card").first()).containsText("Design workshop");
        page.getByText("Ask Jamie a question instead").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what the question is");
        assertAccessible();
        page.getByLabel("Your question").fill("Did you stay for the whole workshop?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the question")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Queried");
        assertAccessible();

        page.context().clearCookies();
        signIn(jamie);
        open("/your-payments");
        assertThat(page.locator(".cp-card")).containsText("£75 for 3 hours");
        assertThat(page.locator(".cp-card")).containsText("The question: Did you stay for the whole workshop?");
        open("/your-payments?easy-read");

        page.context().clearCookies();
        signIn(priya);
        open("/payments/claims");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve now")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Approved");

        CurrentUser grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", org.coproduce.accounts.Role.FINANCE);
        page.context().clearCookies();
        signIn(grace);
        open("/payments/runs");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a payment run")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is ready");
        assertAccessible();
        String thisYear = String.valueOf(LocalDate.now(Dates.LONDON).getYear());
        page.getByLabel("Year").fill(String.valueOf(Integer.parseInt(thisYear) + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as paid")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The day it was paid must be today or in the past");
        assertAccessible();
        page.getByLabel("Year").fill(thisYear);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as paid")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("1 claim is paid");
        assertAccessible();
        page.getByText("Reverse this payment").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reverse the payment")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why the payment is being reversed");
        assertAccessible();
    }
}
