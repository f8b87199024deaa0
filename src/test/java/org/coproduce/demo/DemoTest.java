package org.coproduce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Browsers;
import org.coproduce.support.OnTheDemo;
import org.coproduce.support.Visitor;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo as a newcomer meets it after the README's first command, with no address set for links in emails. */
@OnTheDemo
class DemoTest {

    @Autowired JdbcClient jdbc;
    @Autowired InProcessMailServer mail;
    @LocalServerPort int port;

    @Test
    void loadsAPartnershipOfFortyPeopleAndASecondOrganisation() {
        assertThat(peopleIn("northshire")).isEqualTo(40);
        assertThat(peopleIn("eastvale")).isEqualTo(8);
        assertThat(jdbc.sql("select count(distinct need) from person_access_need").query(Integer.class).single())
                .as("every kind of access need appears somewhere").isEqualTo(8);
    }

    @Test
    void theDemoSignInsInTheReadmeWork() {
        for (String email : new String[] {"priya.shah@northshire.example", "tom.bennett@northshire.example",
                "grace.adeyemi@northshire.example", "helen.ward@northshire.example", "ruth.evans@eastvale.example"}) {
            var visitor = new Visitor(port);
            visitor.get("/sign-in");
            assertThat(visitor.follow(visitor.post("/sign-in", "email", email, "password", DemoData.PASSWORD)).body())
                    .as(email).contains("Hello");
        }
        var sam = new Visitor(port);
        sam.get("/sign-in");
        assertThat(sam.post("/sign-in", "email", "sam.okafor@example.org", "password", DemoData.PASSWORD).location())
                .endsWith("/choose-organisation");
    }

    @Test
    void jamieReadsTheirSignInLinkInTheDemoMailbox() {
        var jamie = new Visitor(port);
        jamie.get("/sign-in/email-link");
        jamie.post("/sign-in/email-link", "username", "jamie.lee@northshire.example");

        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/demo/mailbox");
            page.getByText("Your link to sign in to Coproduce").first().waitFor();
            assertThat(BrowserTest.scan(page)).isEmpty();
            page.getByText("Your link to sign in to Coproduce").first().click();
            page.getByText("Open this link to sign in").waitFor();
            assertThat(BrowserTest.scan(page)).isEmpty();
            String link = page.locator(".cp-mail a").first().getAttribute("href");
            assertThat(link).as("the link goes to the port the demo runs on").startsWith("http://localhost:" + port + "/login/ott?token=");
            page.navigate(link);
            page.getByText("Press the button to sign in").waitFor();
        }
    }

    @Test
    void jamieSeesTheBoardMeetingHeWasPaidForUnderPastSessions() {
        String address = "jamie.lee@northshire.example";
        int emailsBefore = mail.countTo(address);
        var jamie = new Visitor(port);
        jamie.get("/sign-in/email-link");
        jamie.post("/sign-in/email-link", "username", address);
        String link = mail.latestTo(address, emailsBefore).orElseThrow().firstLink().replaceFirst("^https?://[^/]+", "");
        jamie.get(link);
        jamie.post("/login/ott", "token", link.substring(link.indexOf("token=") + "token=".length()));

        assertThat(jamie.get("/your-sessions").body())
                .contains("Board meeting, " + Dates.date(LocalDate.now(Dates.LONDON).minusWeeks(6)) + " (Northshire Partnership Board). You came.")
                .doesNotContain("Nothing yet.");
    }

    @Test
    void northshiresYouSaidWeDidPageShowsRepliesWithoutNames() {
        var visitor = new Visitor(port);
        String page = visitor.get("/public/northshire/you-said-we-did").body();

        assertThat(page).contains("hearing loop", "We received 8 pieces of feedback", "We answered 4 of them")
                .doesNotContain("Lily Thompson", "Marcus Bell", "Oak House");
        assertThat(jdbc.sql("select count(*) from feedback where status = 'LOOKING'").query(Integer.class).single()).isOne();
    }

    @Test
    void northshiresGetInvolvedPageShowsItsOpenOpportunitiesButNotItsDraft() {
        String page = new Visitor(port).get("/public/northshire/get-involved").body();

        assertThat(page).contains("Join the housing working group", "Become a co-production champion").doesNotContain("minibus");
    }

    @Test
    void northshiresFirstPaymentRunHasTheDayItWasPaid() {
        assertThat(jdbc.sql("select r.paid_on from payment_run r join organisation o on o.id = r.organisation_id where o.slug = 'northshire'")
                .query(java.time.LocalDate.class).list()).hasSize(1).doesNotContainNull();
    }

    private int peopleIn(String slug) {
        return jdbc.sql("select count(*) from person p join organisation o on o.id = p.organisation_id where o.slug = :slug")
                .param("slug", slug).query(Integer.class).single();
    }
}
