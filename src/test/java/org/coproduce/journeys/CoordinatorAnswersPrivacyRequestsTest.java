package org.coproduce.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.privacy.SubjectAccess;
import org.coproduce.publishing.Publishing;
import org.coproduce.support.BrowserTest;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a data protection officer asks of the co-production lead: who looked at Kwame's access needs last week, a copy
 * of everything we hold about him, and erasing Jamie, who asked, with the dry run first. Every page is scanned, and so
 * is the page inside the copy.
 */
class CoordinatorAnswersPrivacyRequestsTest extends BrowserTest {

    @Autowired Register register;
    @Autowired Publishing publishing;
    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcClient jdbc;

    @Test
    void aCoordinatorFindsWhoLookedProducesACopyAndErasesSomeoneWhoAsked() throws IOException {
        Organisation northshire = fixtures.organisation("Northshire Partnership");
        CurrentUser priya = fixtures.coordinator(northshire);
        CurrentUser sam = fixtures.member(northshire, "Sam Okafor", "Sam", Role.COORDINATOR);
        CurrentUser kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        CurrentUser jamie = fixtures.partner(northshire);
        jdbc.sql("insert into person_access_need (person_id, organisation_id, need) values (:id, :org, :need)")
                .param("id", kwame.personId()).param("org", northshire.id()).param("need", AccessNeed.BSL_INTERPRETER.name()).update();
        lookedAtLastWeek(sam, kwame);
        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.NAME_SHOWN, true, ConsentMethod.IN_PERSON,
                "For who's who", priya.personId());
        publishing.writeWhosWhoEntry(priya, jamie.personId(), "Jamie Lee", "Co-chair of the partnership board", "I like football.");
        assertThat(page.navigate(url("/public/" + northshire.slug() + "/whos-who")).text()).contains("Jamie Lee");

        signIn(priya);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Privacy").setExact(true)).first().click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log: who looked at or changed people's details")).click();
        page.getByLabel("About whom").fill("Kwame");
        page.getByLabel("What it was about").selectOption("ACCESS_NEEDS");
        LocalDate weekAgo = LocalDate.now(Dates.LONDON).minusDays(8);
        page.locator("#from").fill(String.valueOf(weekAgo.getDayOfMonth()));
        page.locator("#from-month").fill(String.valueOf(weekAgo.getMonthValue()));
        page.locator("#from-year").fill(String.valueOf(weekAgo.getYear()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("main")).containsText("Access needs: looked at by Sam");
        assertThat(page.locator("main")).containsText("About Kwame Mensah.");
        assertAccessible();

        page.navigate(url("/people/" + kwame.personId()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a request from Kwame for a copy of everything we hold about them")).click();
        page.getByLabel("Letter").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the request")).click();
        assertThat(page.locator("main")).containsText("We are making the copy");
        assertAccessible();
        subjectAccess.makeWaitingCopies();
        page.reload();
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download the copy")).click());
        String readMe = readMeFrom(download);
        assertThat(readMe).contains("Everything Northshire Partnership holds about Kwame Mensah")
                .contains("British Sign Language (BSL) interpreter").contains("Sam");
        Page copy = context.newPage();
        copy.setContent(readMe);
        assertThat(BrowserTest.scan(copy)).as("accessibility problems in the copy's page").isEmpty();
        copy.close();

        page.navigate(url("/people/" + jamie.personId()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Erase Jamie from Coproduce, if they ask")).click();
        assertThat(page.locator("main")).containsText("Their entry in who's who on the public pages, with their photo");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase Jamie Lee")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why they are being erased");
        assertAccessible();
        page.getByLabel("Why are they being erased?").fill("Jamie asked us to, in a meeting");
        page.getByLabel("This is the right person, they asked for it, and I understand it cannot be undone").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase Jamie Lee")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Jamie Lee has been erased from Coproduce");
        assertThat(page.locator("#erasures + p + ul")).containsText("Jamie asked us to, in a meeting");
        assertAccessible();

        page.context().clearCookies();
        open("/public/" + northshire.slug() + "/whos-who");
        assertThat(page.locator("main")).not().containsText("Jamie");
    }

    private void lookedAtLastWeek(CurrentUser who, CurrentUser about) {
        jdbc.sql("""
                        insert into audit_event (organisation_id, happened_at, actor_account_id, actor_person_id, actor_name, action,
                                                 topic, person_id, person_name, detail)
                        values (:org, now() - interval '7 days', :account, :actor, 'Sam Okafor', 'VIEWED', 'ACCESS_NEEDS', :person,
                                'Kwame Mensah', 'On their profile')
                        """)
                .param("org", who.organisationId()).param("account", who.accountId()).param("actor", who.personId())
                .param("person", about.personId()).update();
    }

    private static String readMeFrom(Download download) throws IOException {
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("read-me-first.html")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("The copy has no read-me-first.html");
    }
}
