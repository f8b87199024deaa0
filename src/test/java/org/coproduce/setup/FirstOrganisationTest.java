package org.coproduce.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.organisations.Organisations;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test configuration names a first organisation, and the test database starts empty, as a new installation's does. */
@CoproduceTest
class FirstOrganisationTest {

    static final String COORDINATOR = "first.coordinator@setup.example";

    @Autowired FirstOrganisation setup;
    @Autowired Organisations organisations;
    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    void aNewInstallationsFirstCoordinatorIsEmailedAndCanSignIn() {
        assertThat(organisations.findBySlug("setup-test-partnership")).isPresent();
        assertThat(mail.latestTo(COORDINATOR).orElseThrow().subject()).isEqualTo("Coproduce is ready for Setup Test Partnership");

        var browser = new Visitor(port);
        browser.get("/sign-in/email-link");
        int before = mail.countTo(COORDINATOR);
        browser.post("/sign-in/email-link", "username", COORDINATOR);
        String link = mail.latestTo(COORDINATOR, before).orElseThrow().firstLink().replace("http://localhost", "");
        browser.get(link);
        var home = browser.follow(browser.post("/login/ott", "token", link.substring(link.indexOf("token=") + 6)));

        assertThat(home.body()).contains("Setup Test Partnership").contains("Hello Alex Morgan");
        assertThat(browser.get("/people").status()).isEqualTo(200);
    }

    @Test
    void laterStartsChangeNothing() {
        int before = jdbc.sql("select count(*) from organisation").query(Integer.class).single();

        setup.run(null);

        assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void organisationNamesBecomeReadableAddresses() {
        assertThat(Organisations.slugFor("Northshire Learning Disability Partnership")).isEqualTo("northshire-learning-disability-partnership");
        assertThat(Organisations.slugFor("Eastvale Carers' Forum!")).isEqualTo("eastvale-carers-forum");
        assertThat(Organisations.slugFor("---")).isEqualTo("organisation");
    }
}
