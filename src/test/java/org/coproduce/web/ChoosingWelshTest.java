package org.coproduce.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.coproduce.support.CoproduceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class ChoosingWelshTest {

    private static final Cookie WELSH = new Cookie("coproduce-language", "cy");

    @Autowired MockMvc mvc;

    @Test
    void theLinkOnEveryPageSwitchesToWelshAndComesBackToTheSamePage() throws Exception {
        mvc.perform(get("/accessibility?section=two+words"))
                .andExpect(content().string(containsString("<html lang=\"en-GB\"")))
                .andExpect(content().string(containsString(
                        "href=\"/language/cy?back=%2Faccessibility%3Fsection%3Dtwo%2Bwords\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>")));

        mvc.perform(get("/language/cy").queryParam("back", "/accessibility?section=two+words"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, "/accessibility?section=two+words"))
                .andExpect(cookie().value("coproduce-language", "cy"))
                .andExpect(cookie().maxAge("coproduce-language", 365 * 24 * 60 * 60))
                .andExpect(cookie().httpOnly("coproduce-language", true));
    }

    @Test
    void thePageIsInWelshOnceChosenWithALinkBackToEnglish() throws Exception {
        mvc.perform(get("/accessibility").cookie(WELSH))
                .andExpect(content().string(containsString("<html lang=\"cy\"")))
                .andExpect(content().string(containsString("Neidio i'r prif gynnwys")))
                .andExpect(content().string(containsString("Datganiad hygyrchedd")))
                .andExpect(content().string(containsString("lang=\"en-GB\" hreflang=\"en-GB\">English</a>")))
                .andExpect(content().string(not(containsString("Skip to main content"))));
    }

    @Test
    void aFirstVisitFollowsTheLanguageTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/accessibility").header(HttpHeaders.ACCEPT_LANGUAGE, "cy-GB, cy;q=0.9, en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"cy\"")));
        mvc.perform(get("/accessibility").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB, cy;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"en-GB\"")));
        mvc.perform(get("/accessibility").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, de;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"en-GB\"")));
        mvc.perform(get("/accessibility").header(HttpHeaders.ACCEPT_LANGUAGE, ";;q=x"))
                .andExpect(content().string(containsString("<html lang=\"en-GB\"")));
        mvc.perform(get("/accessibility").header(HttpHeaders.ACCEPT_LANGUAGE, "cy").cookie(new Cookie("coproduce-language", "en")))
                .andExpect(content().string(containsString("<html lang=\"en-GB\"")));
    }

    @Test
    void theLinkOnlyEverGoesBackToThisSite() throws Exception {
        for (String elsewhere : new String[] {"https://example.com/", "//example.com/", "/\\example.com", "javascript:alert(1)", "/a b"}) {
            mvc.perform(get("/language/cy").queryParam("back", elsewhere))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string(HttpHeaders.LOCATION, "/"));
        }
        mvc.perform(get("/language/fr")).andExpect(status().isNotFound());
    }
}
