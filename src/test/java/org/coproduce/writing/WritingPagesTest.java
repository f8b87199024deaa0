package org.coproduce.writing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@CoproduceTest
class WritingPagesTest {

    static final String JARGON = "The CLDT will utilise the personal budget in order to commence the reablement pathway, "
            + "which was agreed by the ICB following the review that was undertaken by commissioners and providers across "
            + "the Northshire footprint last year.";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired WritingCheck check;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
    }

    @Test
    void checkingWritingWithoutJavaScriptShowsTheScoreAndMarksEachProblem() throws Exception {
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", JARGON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This will be hard for many people to read")))
                .andExpect(content().string(containsString("<mark>CLDT</mark>")))
                .andExpect(content().string(containsString("CLDT means: Community learning disability team")))
                .andExpect(content().string(containsString("Try: <strong>use</strong>")))
                .andExpect(content().string(containsString("class=\"cp-long\"")));
    }

    @Test
    void theResultsAloneComeBackForCheckingAsYouType() throws Exception {
        String fragment = mvc.perform(post("/check-my-writing/results").with(as(priya)).with(csrf())
                        .param("text", "We will pay you for your time."))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("Most people will understand this").doesNotContain("<html");
    }

    @Test
    void checkingForEasyReadAddsItsOwnRules() throws Exception {
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", "Twelve people came.").param("easyRead", "true"))
                .andExpect(content().string(containsString("Number in words")))
                .andExpect(content().string(containsString("checked")));
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", "Twelve people came."))
                .andExpect(content().string(not(containsString("Number in words"))));
    }

    @Test
    void emptyOrTooLongTextIsExplainedNextToTheField() throws Exception {
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", " "))
                .andExpect(content().string(containsString("<a href=\"#text\">Paste or type some writing to check</a>")));
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", "word ".repeat(10_001)))
                .andExpect(content().string(containsString("This is too long to check in one go")));
    }

    @Test
    void wordsSomeoneInTheRegisterAskedUsNotToUseAreFlaggedWithoutSayingWho() throws Exception {
        fixtures.person(northshire, new PersonDetails("Jamie Lee", "Jamie", null, null, "client; sufferer", null, null, null,
                null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE), List.of(), null, Set.of(), null, Set.of()));

        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", "Every client will get a letter."))
                .andExpect(content().string(containsString("Someone in your partnership has asked for this not to be used about them.")))
                .andExpect(content().string(not(containsString("Jamie"))));
    }

    @Test
    void coordinatorAddsAWordThatAppearsOnThePublicJargonBusterAndInChecks() throws Exception {
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf())
                        .param("term", "Hollow Green Hub").param("meaning", "Our day centre in Hollow Green.").param("plainer", "the day centre"))
                .andExpect(redirectedUrl("/glossary/entry?term=Hollow+Green+Hub"));

        mvc.perform(get("/public/" + northshire.slug() + "/jargon-buster").param("q", "hollow"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Our day centre in Hollow Green.")));
        mvc.perform(post("/check-my-writing").with(as(priya)).with(csrf()).param("text", "Come to the Hollow Green Hub."))
                .andExpect(content().string(containsString("Our day centre in Hollow Green.")));
    }

    @Test
    void theChangeLinkOfAWordWithSignsInItOpensThatWord() throws Exception {
        for (String term : List.of("A&E", "C#/C++ 100%?", "GP = doctor")) {
            mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", term).param("meaning", "Meaning of " + term))
                    .andExpect(status().is3xxRedirection());
        }
        String list = mvc.perform(get("/glossary").with(as(priya))).andReturn().getResponse().getContentAsString();

        for (String term : List.of("A&E", "C#/C++ 100%?", "GP = doctor")) {
            Matcher change = Pattern.compile("href=\"([^\"]*)\">Change<span class=\"govuk-visually-hidden\"> "
                    + Pattern.quote(HtmlUtils.htmlEscape(term)) + "</span>").matcher(list);
            assertThat(change.find()).as(term).isTrue();
            mvc.perform(get(URI.create(HtmlUtils.htmlUnescape(change.group(1)))).with(as(priya)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Meaning of " + HtmlUtils.htmlEscape(term))));
        }
    }

    @Test
    void thePublicJargonBustersLinkForWordsStartingWithANumberShowsOnlyThose() throws Exception {
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "111").param("meaning", "The number to call for health advice."))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/public/" + northshire.slug() + "/jargon-buster")).andReturn().getResponse().getContentAsString();

        Matcher numbers = Pattern.compile("href=\"([^\"]*)\"[^>]*><span class=\"govuk-visually-hidden\">Words starting with </span>#</a>")
                .matcher(page);
        assertThat(numbers.find()).isTrue();
        mvc.perform(get(URI.create(HtmlUtils.htmlUnescape(numbers.group(1)))))
                .andExpect(content().string(containsString("The number to call for health advice.")))
                .andExpect(content().string(not(containsString("Integrated care board"))));
    }

    @Test
    void changingABuiltInWordGivesTheOrganisationItsOwnVersionAndRemovingItBringsBackTheBuiltIn() throws Exception {
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf())
                .param("originalTerm", "CLDT").param("term", "CLDT").param("meaning", "Our learning disability team at Riverside."));

        assertThat(check.glossaryFor(northshire.id()).find("CLDT").orElseThrow().meaning()).isEqualTo("Our learning disability team at Riverside.");
        mvc.perform(post("/glossary/remove").with(as(priya)).with(csrf()).param("term", "CLDT"))
                .andExpect(redirectedUrl("/glossary"));
        assertThat(check.glossaryFor(northshire.id()).find("CLDT").orElseThrow().meaning()).startsWith("Community learning disability team");
    }

    @Test
    void aHardMeaningIsPublishedOnlyAfterAWarningAndTheChoiceIsRecorded() throws Exception {
        String hard = "Notwithstanding the aforementioned considerations, the multidisciplinary stakeholder configuration "
                + "facilitates the operationalisation of integrated commissioning methodologies.";

        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "Hub").param("meaning", hard))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This meaning may be hard for people to read")))
                .andExpect(content().string(containsString("Publish it anyway")));
        assertThat(check.glossaryFor(northshire.id()).find("Hub")).isEmpty();

        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "Hub").param("meaning", hard)
                        .param("publishAnyway", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(check.glossaryFor(northshire.id()).find("Hub")).isPresent();
        assertThat(jdbc.sql("select what from writing_warning where organisation_id = :id").param("id", northshire.id())
                .query(String.class).list()).containsExactly("Jargon buster: Hub");
    }

    @Test
    void theSavedMeaningIsCheckedUnderTheField() throws Exception {
        mvc.perform(get("/glossary/entry").param("term", "CLDT").with(as(priya)))
                .andExpect(content().string(containsString("Plain English check")));
    }

    @Test
    void glossaryEntriesMustHaveATermAndMeaning() throws Exception {
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "").param("meaning", ""))
                .andExpect(content().string(containsString("Enter the word or abbreviation")));
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "Hub").param("meaning", ""))
                .andExpect(content().string(containsString("Enter what it means, in plain words")))
                .andExpect(content().string(containsString("value=\"Hub\"")));
    }

    @Test
    void oneOrganisationsWordsNeverAppearInAnothers() throws Exception {
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        mvc.perform(post("/glossary/entry").with(as(priya)).with(csrf()).param("term", "Hollow Green Hub").param("meaning", "Our day centre."));

        mvc.perform(get("/public/" + eastvale.slug() + "/jargon-buster").param("q", "hollow"))
                .andExpect(content().string(not(containsString("Our day centre."))));
        mvc.perform(get("/glossary").with(as(ruth))).andExpect(content().string(not(containsString("Hollow Green Hub"))));
        mvc.perform(get("/glossary/entry").param("term", "Hollow Green Hub").with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/glossary/remove").param("term", "Hollow Green Hub").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        assertThat(check.glossaryFor(northshire.id()).find("Hollow Green Hub")).isPresent();
    }

    @Test
    void onlyCoordinatorsKeepTheJargonBusterButEveryoneCanCheckWriting() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);

        mvc.perform(get("/glossary").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(get("/check-my-writing").with(as(jamie))).andExpect(status().isOk());
    }

    @Test
    void theJargonBusterOfAnOrganisationThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/public/no-such-place/jargon-buster")).andExpect(status().isNotFound());
    }
}
