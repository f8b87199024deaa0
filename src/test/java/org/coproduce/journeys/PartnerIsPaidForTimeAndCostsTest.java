package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.notifications.InProcessMailServer;
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

/**
 * From a session to money in the bank: a partner claims their costs from a phone and chooses to be paid, the
 * coordinator approves with a benefits warning in view, finance pays, and the partner sees their statement.
 */
class PartnerIsPaidForTimeAndCostsTest extends BrowserTest {

    static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired Payments payments;
    @Autowired ProjectChanges projects;
    @Autowired Sessions sessions;
    @Autowired InProcessMailServer mail;

    @Test
    void partnerClaimsCostsCoordinatorApprovesWithABenefitsWarningFinancePaysAndThePartnerSeesTheStatement() throws Exception {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.FINANCE);
        CurrentUser jamie = fixtures.partner(northshire);
        CurrentUser aisha = fixtures.member(northshire, "Aisha Khan", "Aisha", Role.PARTNER);
        payments.addRate(priya, PaidActivity.ATTENDING, 25_00, 75_00L, 150_00L, 0, LocalDate.now(Dates.LONDON).minusYears(1));
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        projects.addToTeam(priya, project, jamie.personId(), ProjectRole.MEMBER);
        projects.addToTeam(priya, project, aisha.personId(), ProjectRole.MEMBER);
        Instant start = LocalDate.now(Dates.LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                .atTime(LocalTime.of(10, 0)).atZone(Dates.LONDON).toInstant();
        long workshop = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop", null, start,
                start.plus(Duration.ofHours(3)), "Town hall", null));
        sessions.recordAttendance(priya, workshop, List.of(jamie.personId(), aisha.personId()));

        // Aisha tells us about her Carer's Allowance, with a limit the fee comes close to.
        signIn(aisha);
        open("/your-payments/benefits");
        page.getByLabel("Carer's Allowance").check();
        page.getByLabel("A different limit (optional)").fill("90");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Fees will be checked against it");
        assertAccessible();

        // Jamie, on a phone, claims mileage and care cover with a receipt, and chooses to be paid for the session.
        page.context().clearCookies();
        page.setViewportSize(390, 844);
        signIn(jamie);
        open("/your-payments?easy-read");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim money back")).click();
        assertAccessible();
        page.getByLabel("I drove my car").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertAccessible();
        page.getByLabel("Which meeting was it for?").selectOption(String.valueOf(workshop));
        page.getByLabel("How many miles did you drive? Count there and back.").fill("twelve");
        page.getByLabel("Where did you drive from and to?").fill("Home to the town hall and back");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my claim")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the miles as a number, like 12 or 12.5");
        assertAccessible();
        page.getByLabel("How many miles did you drive? Count there and back.").fill("12.5");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my claim")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sent: your claim for £5.63");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim money back")).click();
        page.getByLabel("I paid someone to look after a person I care for, or my children").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Which meeting was it for?").selectOption(String.valueOf(workshop));
        page.getByLabel("How much did you pay?").fill("36");
        page.getByLabel("What did you pay for?").fill("A sitter for my mum for 3 hours");
        page.getByLabel("Add a photo of your ticket or receipt").setInputFiles(new FilePayload("sitter-receipt.png", "image/png", PHOTO));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my claim")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sent: your claim for £36");
        assertThat(page.getByText("Your receipt: sitter-receipt.png")).isVisible();

        Locator fee = page.locator(".cp-card").filter(new Locator.FilterOptions().setHasText("Design workshop")).last();
        fee.getByLabel("Be paid").check();
        fee.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved: be paid");
        assertAccessible();

        // Priya approves Jamie's fee and costs, and sees that Aisha's fee comes close to her limit.
        page.context().clearCookies();
        page.setViewportSize(1024, 768);
        signIn(priya);
        open("/payments/claims");
        assertThat(page.locator(".cp-card").filter(new Locator.FilterOptions().setHasText("Aisha: £75")))
                .containsText("With this fee, Aisha's earnings in the week of");
        assertThat(page.locator(".cp-card").filter(new Locator.FilterOptions().setHasText("Aisha: £75")))
                .containsText("That is close to their own limit of £90 a week");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Jamie's fee for Design workshop")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Approved");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Jamie's expense of £5.63")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Expense approved");
        String receipt = page.getByText("Receipt: sitter-receipt.png").getAttribute("href");
        var served = page.context().request().get(url(receipt));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PHOTO);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Jamie's expense of £36")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Expense approved");
        assertAccessible();
        open("/payments/benefit-limits");

        // Grace makes a payment run, downloads it for the finance system and marks it paid.
        page.context().clearCookies();
        signIn(grace);
        open("/payments/runs");
        assertThat(page.locator("main")).containsText("£75 in fees and £41.63 in expenses");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a payment run")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("is ready");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.getByText("Download for the finance system (CSV)").click());
        String csv = Files.readString(download.path());
        assertThat(csv).contains("FEE,75.00,7500").contains("EXPENSE,5.63,563").contains("EXPENSE,36.00,3600");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as paid")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("3 claims are paid");
        assertAccessible();

        // Jamie sees the statement on Your payments, and has it by email.
        page.context().clearCookies();
        page.setViewportSize(390, 844);
        signIn(jamie);
        open("/your-payments");
        assertThat(page.locator("main")).containsText("For your time: £75. Paid back for what you spent: £41.63.");
        assertThat(page.locator("table")).containsText("Your time: Design workshop");
        assertThat(page.locator("table")).containsText("Paid back: A sitter for my mum for 3 hours");
        assertThat(mail.latestTo(jamie.email()).orElseThrow().body()).contains("We paid you £116.63 on " + Dates.date(LocalDate.now(Dates.LONDON)))
                .contains("For your time:").contains("To pay you back for what you spent (expenses):");
    }
}
