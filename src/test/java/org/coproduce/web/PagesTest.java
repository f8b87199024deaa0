package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class PagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void publicPagesNeedNoSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Working together as equal partners")));
        mvc.perform(get("/accessibility")).andExpect(status().isOk()).andExpect(content().string(containsString("WCAG")));
        mvc.perform(get("/privacy")).andExpect(status().isOk()).andExpect(content().string(containsString("special category")));
    }

    @Test
    void readingAPublicPageStartsNoSessionSoVisitorsCostNothingToServe() {
        var visitor = new Visitor(port);

        visitor.get("/");
        visitor.get("/accessibility");
        visitor.get("/govuk/govuk-frontend.min.css");

        assertThat(visitor.cookies().getCookieStore().getCookies()).isEmpty();
    }

    @Test
    void theDemoMailboxDoesNotExistOutsideTheDemo() {
        assertThat(new Visitor(port).get("/demo/mailbox").status()).isIn(302, 404);
    }

    @Test
    void signedInPagesSendVisitorsToSignIn() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/sign-in"));
    }

    @Test
    void aMissingPageExplainsItselfInPlainWordsWithoutTechnicalDetail() {
        var organisation = fixtures.organisation("Northshire Partnership");
        var priya = fixtures.coordinator(organisation);
        var visitor = new Visitor(port);
        visitor.get("/sign-in");
        visitor.follow(visitor.post("/sign-in", "email", priya.email(), "password", Fixtures.PASSWORD));

        var page = visitor.get("/people/999999999");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").contains("Go to the start page").doesNotContain("Exception");
    }

    @Test
    void healthIsReportedButNothingElseOfTheInternals() {
        var visitor = new Visitor(port);

        assertThat(visitor.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(visitor.get("/actuator/info").status()).isEqualTo(200);
        assertThat(visitor.get("/actuator/env").status()).isIn(302, 404);
        assertThat(visitor.get("/actuator/beans").status()).isIn(302, 404);
    }

    @Test
    void theStylesheetHasNoGovukTypefaceBecauseItsLicenceIsForGovukOnly() throws Exception {
        mvc.perform(get("/govuk/govuk-frontend.min.css"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("GDS Transport"))))
                .andExpect(content().string(containsString("font-family:arial,helvetica,sans-serif")));
    }

    @Test
    void pagesAskBrowsersToRunOnlyOurOwnScripts() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
