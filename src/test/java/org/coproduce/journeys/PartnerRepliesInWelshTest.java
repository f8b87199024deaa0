package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Elin, invited to a workshop, opens the link in her email, switches the page to Welsh, and answers in Welsh. The
 * page, its dates and the thanks are in Welsh, marked as Welsh for screen readers, and pass the accessibility scan.
 */
class PartnerRepliesInWelshTest extends BrowserTest {

    @Autowired InProcessMailServer mail;
    @Autowired Sessions sessions;
    @Autowired ProjectChanges projects;
    @Autowired JdbcClient jdbc;

    @Test
    void aPartnerSwitchesTheInvitationToWelshAndRepliesInWelsh() {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        long elin = fixtures.person(northshire, new PersonDetails("Elin Hughes", "Elin", null, null, null,
                Fixtures.email(northshire, "elin"), null, null, null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null,
                Set.of(), null, Set.of()));
        long project = projects.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        // A Tuesday in March, at half past ten: "Dydd Mawrth 2 Mawrth 2027, 10:30yb tan 12:30yh" in Welsh.
        Instant start = LocalDate.of(2027, 3, 2).atTime(LocalTime.of(10, 30)).atZone(Dates.LONDON).toInstant();
        long session = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Gweithdy dylunio",
                null, start, start.plus(Duration.ofHours(2)), "Canolfan Gymunedol", null));
        sessions.invite(priya, session, List.of(elin));
        String link = mail.latestTo(Fixtures.email(northshire, "elin")).orElseThrow().firstLink();

        open(link.replace("http://localhost", ""));
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cymraeg")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gweithdy dylunio"))).isVisible();
        assertThat(page.getByText("Helo Elin. Rydych chi wedi cael gwahoddiad.")).isVisible();
        assertThat(page.locator(".govuk-summary-list")).containsText("Dydd Mawrth 2 Mawrth 2027, 10:30yb tan 12:30yh");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).hasAttribute("lang", "en-GB");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfon fy ateb")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Mae problem wedi codi");
        assertThat(page.locator(".govuk-error-summary")).containsText("Dewiswch gallaf, na neu efallai");
        assertThat(page.locator("#reply-error")).hasText("Gwall: Dewiswch gallaf, na neu efallai");
        assertThat(page).hasTitle("Gwall: Allwch chi ddod? Gweithdy dylunio – Coproduce");
        assertAccessible();

        page.getByLabel("Gallaf, rwy'n gallu dod").check();
        page.getByLabel("Cewch, gallwch chi ei recordio").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfon fy ateb")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Diolch. Rydym wedi cofnodi eich bod chi'n dod");
        assertAccessible();
        assertThat(jdbc.sql("select reply from session_invitation where session_id = :session and person_id = :elin")
                .param("session", session).param("elin", elin).query(String.class).single()).isEqualTo("YES");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en-GB");
        assertThat(page.getByText("Hello Elin. You are invited.")).isVisible();
    }
}
