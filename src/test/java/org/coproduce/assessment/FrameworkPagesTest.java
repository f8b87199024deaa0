package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class FrameworkPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FrameworkRepository frameworks;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void theBuiltInFrameworksAreThereForEveryOrganisationWithTheirEasyReadWording() throws Exception {
        long builtIn = builtIn("Checking if co-production is happening");

        assertThat(page("/assessment/frameworks", priya)).contains("Checking if co-production is happening").contains("Where is our work on the ladder?");
        assertThat(page("/assessment/frameworks/" + builtIn, priya)).contains("Anyone can find the policy and understand it.")
                .contains("Transforming Care");
        assertThat(page("/assessment/frameworks/" + builtIn + "?easy-read", priya)).contains("People can find our rules. They can understand them.");
    }

    @Test
    void aFrameworkWithMistakesIsRefusedWithEachMistakeOnItsLineAndTheTextKept() throws Exception {
        String typed = "name: Our check\nthemes:\n  - title: Together\n    indicators: []\n";
        String page = mvc.perform(multipart("/assessment/frameworks").param("source", typed).with(as(priya)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("The framework has 3 mistakes")
                .contains("Line 1: Add an easy read wording at the top").contains("Line 4: Theme 1's indicators must be a list")
                .contains("  - title: Together");
    }

    @Test
    void anOrganisationsOwnFrameworkIsOnlyItsOwn() throws Exception {
        String file = new String(getClass().getResourceAsStream("/assessment/ladder-check.yaml").readAllBytes()).replace(
                "name: Where is our work on the ladder?", "name: Northshire ladder");
        mvc.perform(multipart("/assessment/frameworks").file(new MockMultipartFile("file", "ladder.yaml", "text/yaml", file.getBytes()))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long own = frameworks.available(northshire.id()).stream().filter(f -> f.name().equals("Northshire ladder")).findFirst().orElseThrow()
                .frameworkId();

        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        assertThat(page("/assessment/frameworks", ruth)).doesNotContain("Northshire ladder");
        mvc.perform(get("/assessment/frameworks/" + own).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/assessment/frameworks/" + own + "/copy").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/assessment/frameworks/" + own).with(as(fixtures.partner(northshire)))).andExpect(status().isForbidden());
    }

    @Test
    void changingACopyMakesANewVersionAndKeepsTheOldOne() throws Exception {
        long builtIn = builtIn("Where is our work on the ladder?");
        String location = mvc.perform(post("/assessment/frameworks/" + builtIn + "/copy").with(as(priya)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long copy = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        String source = frameworks.find(northshire.id(), copy, null).orElseThrow().source();

        mvc.perform(post("/assessment/frameworks/" + copy + "/edit").with(as(priya)).with(csrf())
                        .param("source", source.replace("from the start.", "from the very start.")))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/assessment/frameworks/" + copy, priya)).contains("Version 2").contains("from the very start.");
        assertThat(page("/assessment/frameworks/" + copy + "?version=1", priya)).contains("This is an old version")
                .contains("from the start.").doesNotContain("from the very start.");
        mvc.perform(get("/assessment/frameworks/" + builtIn + "/edit").with(as(priya))).andExpect(status().isNotFound());
        assertThat(frameworks.find(northshire.id(), builtIn, null).orElseThrow().version()).isEqualTo(1);
    }

    private long builtIn(String name) {
        return frameworks.available(northshire.id()).stream().filter(f -> f.builtIn() && f.name().equals(name)).findFirst().orElseThrow()
                .frameworkId();
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
