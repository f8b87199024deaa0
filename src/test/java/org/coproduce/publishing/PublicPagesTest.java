package org.coproduce.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CoproduceTest
class PublicPagesTest {

    static final byte[] PDF = "%PDF-1.4\n% minutes\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    String home;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        home = "/public/" + northshire.slug();
    }

    @Test
    void aDraftPolicyIsNotPublicUntilTheCoordinatorPublishesIt() throws Exception {
        long page = startPolicy("We work together as equals.");

        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isNotFound());
        mvc.perform(get("/publishing/" + page).with(as(priya)))
                .andExpect(content().string(containsString("Nobody outside can read it yet")))
                .andExpect(content().string(containsString("Plain English check")));

        publish(page);

        mvc.perform(get(home + "/pages/co-production-policy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We work together as equals.")))
                .andExpect(content().string(containsString("Agreed by The partnership board on 12 June 2026.")))
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"What co-production means here.\">")));
        mvc.perform(get(home)).andExpect(content().string(containsString("href=\"" + home + "/pages/co-production-policy\"")));
    }

    @Test
    void publishingAgainMakesANewVersionAndTheOldOneStaysReadableWithAWarning() throws Exception {
        long page = startPolicy("We work together as equals.");
        publish(page);
        mvc.perform(policyForm("/publishing/" + page + "/edit", "We work together as equals, and we pay people for their time.")
                        .param("changeNote", "Added paying people"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(home + "/pages/co-production-policy"))
                .andExpect(content().string(not(containsString("pay people for their time"))));
        publish(page);

        mvc.perform(get(home + "/pages/co-production-policy"))
                .andExpect(content().string(containsString("we pay people for their time")))
                .andExpect(content().string(containsString("See all 2 versions")));
        mvc.perform(get(home + "/pages/co-production-policy/versions"))
                .andExpect(content().string(containsString("Version 2 (the newest)")))
                .andExpect(content().string(containsString("What changed: Added paying people")));
        mvc.perform(get(home + "/pages/co-production-policy/versions/1"))
                .andExpect(content().string(containsString("This is an old version (version 1")))
                .andExpect(content().string(not(containsString("pay people for their time"))));
    }

    @Test
    void theEasyReadVersionIsLinkedFromThePageAndShownOnItsOwn() throws Exception {
        long page = startPolicy("We work together as equals.", "We work together.\n\nEveryone is equal.");
        publish(page);

        mvc.perform(get(home + "/pages/co-production-policy"))
                .andExpect(content().string(containsString("href=\"" + home + "/pages/co-production-policy/easy-read\"")));
        mvc.perform(get(home + "/pages/co-production-policy/easy-read"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"govuk-body\">Everyone is equal.</p>")))
                .andExpect(content().string(containsString("Read the standard version")));
    }

    @Test
    void aPageWithoutAnEasyReadVersionHasNoEasyReadAddress() throws Exception {
        publish(startPolicy("We work together as equals."));

        mvc.perform(get(home + "/pages/co-production-policy/easy-read")).andExpect(status().isNotFound());
    }

    @Test
    void screenReadersHearThePlainEnglishCheckWithTheFieldItIsAbout() throws Exception {
        long page = startPolicy("We work together as equals.");

        mvc.perform(get("/publishing/" + page + "/edit").with(as(priya)))
                .andExpect(content().string(containsString("aria-describedby=\"body-hint body-check body-info\"")))
                .andExpect(content().string(containsString("id=\"body-check\"")));
    }

    @Test
    void aPolicyMustSayWhenAndByWhomItWasAgreedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/publishing/new").param("kind", "POLICY").with(as(priya)).with(csrf())
                        .param("title", "Our policy").param("description", "What co-production means here.")
                        .param("body", "Kept words").param("agreedOnDay", "31").param("agreedOnMonth", "2").param("agreedOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#agreedOn\">The date it was agreed must be a real date, like 23 11 2026</a>")))
                .andExpect(content().string(containsString("<a href=\"#agreedBy\">Say who agreed it")))
                .andExpect(content().string(containsString(">Kept words</textarea>")));
        assertThat(pagesOf(northshire)).isZero();
    }

    @Test
    void hardWordsNeedPublishAnywayAndTheChoiceIsRecorded() throws Exception {
        long page = startPolicy("Stakeholders will leverage synergies to operationalise a paradigm of co-production "
                + "across the whole system, utilising the commissioning framework and the governance arrangements that have been "
                + "promulgated by the integrated care board in consultation with all relevant parties and organisations.");

        mvc.perform(post("/publishing/" + page + "/publish").with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish anyway")));
        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isNotFound());

        mvc.perform(post("/publishing/" + page + "/publish").param("publishAnyway", "true").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from writing_warning where organisation_id = :id and what like 'Public page:%'")
                .param("id", northshire.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aShortTitleWithALongWordIsNotTakenAsHardToRead() throws Exception {
        long page = startPolicy("We work together as equals. We pay you for your time.");

        mvc.perform(post("/publishing/" + page + "/publish").with(as(priya)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isOk());
    }

    @Test
    void aTitleWithAWordNobodyShouldUseAboutPeopleStillNeedsPublishAnyway() throws Exception {
        long page = created(post("/publishing/new?kind=UPDATE").with(as(priya)).with(csrf())
                .param("title", "News for service users").param("description", "News from the partnership.").param("body", "We met."));

        mvc.perform(post("/publishing/" + page + "/publish").with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish anyway")));
    }

    @Test
    void whatChangedIsCheckedForWordsNobodyShouldUseAboutPeopleBeforeItGoesPublic() throws Exception {
        long page = startPolicy("We work together as equals. We pay you for your time.");
        publish(page);
        mvc.perform(policyForm("/publishing/" + page + "/edit", "We work together as equals. We pay you for your time, on time.")
                .param("changeNote", "Paying service users on time"));

        mvc.perform(get("/publishing/" + page + "/edit").with(as(priya)))
                .andExpect(content().string(containsString("aria-describedby=\"changeNote-hint changeNote-check\"")))
                .andExpect(content().string(containsString("id=\"changeNote-check\"")));
        mvc.perform(post("/publishing/" + page + "/publish").with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish anyway")));
        mvc.perform(get(home + "/pages/co-production-policy/versions"))
                .andExpect(content().string(not(containsString("Paying service users"))));
    }

    @Test
    void aDraftChangedAfterTheCoordinatorLookedIsNotPublishedUnseen() throws Exception {
        long page = startPolicy("The words Priya checked.");
        long seen = jdbc.sql("select (extract(epoch from saved_at) * 1000)::bigint from public_page_draft where page_id = :p")
                .param("p", page).query(Long.class).single();
        Thread.sleep(5);
        mvc.perform(policyForm("/publishing/" + page + "/edit", "Words someone else typed afterwards."));

        mvc.perform(post("/publishing/" + page + "/publish").param("savedAt", String.valueOf(seen)).with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed the page after you opened it")));
        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isNotFound());
    }

    @Test
    void aPageTakenDownDisappearsAndComesBackWhenPublishedAgain() throws Exception {
        long page = startPolicy("We work together as equals.");
        publish(page);
        mvc.perform(post("/publishing/" + page + "/unpublish").with(as(priya)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(status().isNotFound());
        mvc.perform(get(home)).andExpect(content().string(not(containsString("/pages/co-production-policy"))));

        mvc.perform(policyForm("/publishing/" + page + "/edit", "Back again.")).andExpect(status().is3xxRedirection());
        publish(page);
        mvc.perform(get(home + "/pages/co-production-policy")).andExpect(content().string(containsString("Back again.")));
    }

    @Test
    void aDocumentShowsWhenThePageIsPublishedAndGoesAtOnceWhenTakenAway() throws Exception {
        long page = startUpdate("Board minutes", "The board met.");
        publish(page);
        mvc.perform(multipart("/publishing/" + page + "/files").file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", PDF))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String address = home + "/pages/board-minutes";
        mvc.perform(get(address)).andExpect(content().string(not(containsString("minutes.pdf"))));

        publish(page);
        String html = mvc.perform(get(address)).andExpect(content().string(containsString("minutes.pdf</a> (PDF, 1 KB)")))
                .andReturn().getResponse().getContentAsString();
        long fileId = jdbc.sql("select id from public_page_file where page_id = :page").param("page", page).query(Long.class).single();
        assertThat(html).contains(address + "/files/" + fileId + "/minutes.pdf");
        mvc.perform(get(address + "/files/" + fileId + "/minutes.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        mvc.perform(post("/publishing/" + page + "/files/" + fileId + "/remove").with(as(priya)).with(csrf()));
        mvc.perform(get(address + "/files/" + fileId + "/minutes.pdf")).andExpect(status().isNotFound());
        mvc.perform(get(address)).andExpect(content().string(not(containsString("minutes.pdf"))));
    }

    @Test
    void aDocumentWithSpacesInItsNameIsLinkedByAWorkingAddress() throws Exception {
        long page = startUpdate("Board minutes", "The board met.");
        mvc.perform(multipart("/publishing/" + page + "/files").file(new MockMultipartFile("file", "May minutes.pdf", "application/pdf", PDF))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        publish(page);

        String address = home + "/pages/board-minutes";
        long fileId = jdbc.sql("select id from public_page_file where page_id = :page").param("page", page).query(Long.class).single();
        mvc.perform(get(address)).andExpect(content().string(containsString("href=\"" + address + "/files/" + fileId + "/May%20minutes.pdf\"")));
        mvc.perform(get(URI.create(address + "/files/" + fileId + "/May%20minutes.pdf"))).andExpect(status().isOk());
    }

    @Test
    void onlyPdfAndWordDocumentsCanBeAddedWhateverTheirNameSays() throws Exception {
        long page = startUpdate("Board minutes", "The board met.");

        mvc.perform(multipart("/publishing/" + page + "/files")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(as(priya)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#file\">The file must be a PDF or a Word document (.docx)</a>")));
        assertThat(jdbc.sql("select count(*) from public_page_file where page_id = :page").param("page", page).query(Integer.class).single()).isZero();
    }

    @Test
    void updatesHaveAFeedNewestFirstWithTheirWordsEscaped() throws Exception {
        publish(startUpdate("Meeting on <Tuesday> & more", "The board met."));
        publish(startUpdate("Second news", "More news."));

        String feed = mvc.perform(get(home + "/updates.atom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("<title>Meeting on &lt;Tuesday&gt; &amp; more</title>")
                .contains("<id>http://localhost" + home + "/pages/second-news</id>");
        assertThat(feed.indexOf("Second news")).isLessThan(feed.indexOf("Meeting on"));
        mvc.perform(get(home + "/updates"))
                .andExpect(content().string(containsString("Meeting on &lt;Tuesday&gt; &amp; more")))
                .andExpect(content().string(containsString("type=\"application/atom+xml\"")));
    }

    @Test
    void whatIsTypedIsShownAsTextNeverAsMarkup() throws Exception {
        publish(startUpdate("Hello <script>alert('x')</script>", "<img src=x onerror=alert(1)>"));

        mvc.perform(get(home + "/pages/hello-script-alert-x-script"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")));
    }

    @Test
    void twoUpdatesWithTheSameTitleGetTheirOwnAddresses() throws Exception {
        publish(startUpdate("News", "First."));
        publish(startUpdate("News", "Second."));

        mvc.perform(get(home + "/pages/news")).andExpect(content().string(containsString("First.")));
        mvc.perform(get(home + "/pages/news-2")).andExpect(content().string(containsString("Second.")));
    }

    @Test
    void onlyCoordinatorsWritePublicPages() throws Exception {
        CurrentUser jamie = fixtures.partner(northshire);
        mvc.perform(get("/publishing").with(as(jamie))).andExpect(status().isForbidden());
        mvc.perform(get("/publishing").with(as(fixtures.staff(northshire)))).andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationsPagesAndDraftsCanNeverBeSeenOrChanged() throws Exception {
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        long draft = startPolicy("Northshire's draft words.");
        long published = startUpdate("Northshire news", "Only for Northshire's address.");
        publish(published);

        mvc.perform(get("/publishing/" + draft).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(get("/publishing/" + draft + "/edit").with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/publishing/" + draft + "/publish").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/publishing/" + published + "/unpublish").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/publishing").with(as(ruth))).andExpect(content().string(not(containsString("Northshire news"))));
        mvc.perform(get("/public/" + eastvale.slug() + "/pages/northshire-news")).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + eastvale.slug() + "/updates.atom")).andExpect(content().string(not(containsString("Northshire"))));
        mvc.perform(get(home + "/pages/northshire-news")).andExpect(status().isOk());
    }

    @Test
    void thePublicHomePageGivesWaysToGetInTouchWithoutForms() throws Exception {
        mvc.perform(post("/publishing/settings").with(as(priya)).with(csrf())
                        .param("introduction", "We are people working together.").param("phone", "01632 960 418")
                        .param("postalAddress", "County Hall\nMarket Street"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(home))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"We are people working together.\">")))
                .andExpect(content().string(containsString("href=\"tel:01632960418\"")))
                .andExpect(content().string(containsString("County Hall\nMarket Street")));
        mvc.perform(post("/publishing/settings").with(as(priya)).with(csrf()).param("phone", "call me"))
                .andExpect(content().string(containsString("<a href=\"#phone\">Enter a phone number")));
    }

    private long startPolicy(String body) throws Exception {
        return startPolicy(body, null);
    }

    private long startPolicy(String body, String easyRead) throws Exception {
        MockHttpServletRequestBuilder request = policyForm("/publishing/new?kind=POLICY", body);
        if (easyRead != null) {
            request.param("easyRead", easyRead);
        }
        return created(request);
    }

    private MockHttpServletRequestBuilder policyForm(String path, String body) {
        return post(path).with(as(priya)).with(csrf())
                .param("title", "Our co-production policy").param("description", "What co-production means here.")
                .param("body", body).param("agreedOnDay", "12").param("agreedOnMonth", "6").param("agreedOnYear", "2026")
                .param("agreedBy", "The partnership board");
    }

    private long startUpdate(String title, String body) throws Exception {
        return created(post("/publishing/new?kind=UPDATE").with(as(priya)).with(csrf())
                .param("title", title).param("description", "News from the partnership.").param("body", body));
    }

    private long created(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void publish(long page) throws Exception {
        mvc.perform(post("/publishing/" + page + "/publish").param("publishAnyway", "true").with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private int pagesOf(Organisation organisation) {
        return jdbc.sql("select count(*) from public_page where organisation_id = :id").param("id", organisation.id())
                .query(Integer.class).single();
    }
}
