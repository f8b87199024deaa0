package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Forms sent as people really send them: with stray characters pasted in, and several at once from one browser. */
@CoproduceTest
class FormsKeepOnlyWhatPeopleMeantTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    Organisation northshire;
    CurrentUser priya;
    long ayesha;
    Visitor browser;

    @BeforeEach
    void signIn() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        ayesha = fixtures.person(northshire, Fixtures.ayesha());
        browser = new Visitor(port);
        browser.get("/sign-in");
        browser.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD);
        browser.get("/people/" + ayesha + "/about");
    }

    @Test
    void aNullByteOrAHiddenDirectionCharacterIsDroppedAndTheRestIsSaved() {
        Visitor.Page sent = browser.post("/people/" + ayesha + "/about",
                "fullName", "Ayesha\u0000 Khan", "knownAs", "Ay\u202Eesha", "pronouns", "she/her\u001B[0m",
                "preferredTerms", "A self-advocate", "termsToAvoid", "");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(jdbc.sql("select full_name || '|' || known_as || '|' || pronouns from person where id = :id")
                .param("id", ayesha).query(String.class).single()).isEqualTo("Ayesha Khan|Ayesha|she/her[0m");
    }

    @Test
    void eightFormsSentAtOnceFromOneSignedInBrowserAreAllSavedWithoutAnError() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                List<Callable<Integer>> sends = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String name = "Ayesha Khan " + round + "." + i;
                    sends.add(() -> browser.post("/people/" + ayesha + "/about", "fullName", name, "knownAs", "Ayesha",
                            "pronouns", "", "preferredTerms", "", "termsToAvoid", "").status());
                }
                for (Future<Integer> status : senders.invokeAll(sends)) {
                    statuses.add(status.get());
                }
                // Showing the page uses up the saved notices, so the next round saves them as new again.
                browser.get("/people/" + ayesha);
            }
            assertThat(statuses).hasSize(40).containsOnly(302);
        } finally {
            senders.shutdownNow();
        }
    }
}
