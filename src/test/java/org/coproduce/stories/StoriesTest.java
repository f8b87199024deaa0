package org.coproduce.stories;

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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.groups.GroupChanges;
import org.coproduce.groups.GroupDetails;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.MeetingFrequency;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class StoriesTest {

    static final byte[] MP3 = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0, 1, 2, 3};

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GroupChanges groups;
    @Autowired Sessions sessions;
    @Autowired JdbcClient jdbc;
    @Autowired Register register;

    Organisation northshire;
    CurrentUser priya;
    CurrentUser jamie;
    CurrentUser helen;
    CurrentUser tom;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.partner(northshire);
        helen = fixtures.member(northshire, "Helen Ward", "Helen", Role.BOARD);
        tom = fixtures.staff(northshire);
    }

    @Test
    void aStorySharedWithTheBoardIsReadByTheBoardAndNobodyBeyondIt() throws Exception {
        long story = tell(jamie, "BOARD", "Finding a job", "I found a job I love.");

        mvc.perform(get("/stories/" + story).with(as(jamie))).andExpect(content().string(containsString("I found a job I love.")));
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isOk());
        mvc.perform(get("/stories/" + story).with(as(priya))).andExpect(status().isOk());
        mvc.perform(get("/stories/" + story).with(as(tom))).andExpect(status().isNotFound());
        mvc.perform(get("/stories").with(as(tom))).andExpect(content().string(not(containsString("Finding a job"))));
        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/stories")).andExpect(content().string(not(containsString("Finding a job"))));
    }

    @Test
    void readingSomeonesStoryToldForTheBoardIsInTheAuditLogAsHealthButTheTellerReadingTheirOwnIsNot() throws Exception {
        long story = tell(jamie, "BOARD", "Finding a job", "I found a job I love.");

        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isOk());
        mvc.perform(get("/stories/" + story).with(as(jamie))).andExpect(status().isOk());

        assertThat(jdbc.sql("select actor_name from audit_event where person_id = :id and topic = 'HEALTH' and action = 'VIEWED'")
                .param("id", jamie.personId()).query(String.class).list()).containsExactly("Helen");
    }

    @Test
    void aStoryForTheTeamOnlyIsNotReadByTheBoard() throws Exception {
        long story = tell(jamie, "TEAM", "Private", "Only for the team.");

        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + story).with(as(priya))).andExpect(status().isOk());
    }

    @Test
    void aPublicStoryIsOnThePublicPagesUnderTheNameTheTellerChoseAndNeverTheirFullName() throws Exception {
        long story = tell(jamie, "PUBLIC", "My voice", "People listen to me now.");

        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("People listen to me now.")))
                .andExpect(content().string(containsString("By J")))
                .andExpect(content().string(not(containsString("Jamie Lee"))));
    }

    @Test
    void withdrawingAStoryErasesItFromEveryPageAtOnceAndKeepsARecordThatItWasWithdrawn() throws Exception {
        long story = tellWithRecording(jamie, "PUBLIC", "My voice", "People listen to me now.");
        String publicPage = "/public/" + northshire.slug() + "/stories/" + story;
        mvc.perform(get(publicPage + "/audio")).andExpect(status().isOk()).andExpect(header().string("Content-Type", "audio/mpeg"));

        mvc.perform(post("/stories/" + story + "/withdraw").with(as(jamie)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get(publicPage)).andExpect(status().isNotFound());
        mvc.perform(get(publicPage + "/audio")).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/stories")).andExpect(content().string(not(containsString("My voice"))));
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isNotFound());
        mvc.perform(get("/stories").with(as(jamie)))
                .andExpect(content().string(containsString("A story withdrawn")))
                .andExpect(content().string(not(containsString("My voice"))));
        var left = jdbc.sql("select title, words, audio, withdrawn_at from story where id = :id").param("id", story).query().singleRow();
        assertThat(left.get("title")).isNull();
        assertThat(left.get("words")).isNull();
        assertThat(left.get("audio")).isNull();
        assertThat(left.get("withdrawn_at")).isNotNull();
        assertThat(jdbc.sql("select what from story_event where story_id = :id order by id").param("id", story).query(String.class).list())
                .containsExactly("TOLD", "WITHDRAWN");
    }

    @Test
    void aRecordingCanBeFetchedInPartsAsPhonesDoBeforeTheyPlayIt() throws Exception {
        long story = tellWithRecording(jamie, "PUBLIC", "My voice", "People listen to me now.");

        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story + "/audio").header("Range", "bytes=0-3"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-3/" + MP3.length));
    }

    @Test
    void theTellerCanNarrowWhoReadsTheirStory() throws Exception {
        long story = tell(jamie, "PUBLIC", "My voice", "People listen to me now.");

        mvc.perform(post("/stories/" + story + "/scope").param("scope", "TEAM").with(as(jamie)).with(csrf()));

        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheTellerAndCoordinatorsCanWithdrawOrChangeAStory() throws Exception {
        long story = tell(jamie, "BOARD", "Finding a job", "I found a job I love.");

        mvc.perform(post("/stories/" + story + "/withdraw").with(as(helen)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/stories/" + story + "/scope").param("scope", "PUBLIC").with(as(helen)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isNotFound());
    }

    @Test
    void aStoryForTheBoardGoesOnAMeetingAgendaWithoutItsTitleAndComesOffIfWithdrawn() throws Exception {
        long board = groups.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        long past = sessions.plan(priya, board, meeting(LocalDate.now(Dates.LONDON).minusWeeks(2)));
        long next = sessions.plan(priya, board, meeting(LocalDate.now(Dates.LONDON).plusWeeks(2)));
        long heard = tell(jamie, "BOARD", "Finding a job", "I found a job I love.");
        long toHear = tell(jamie, "BOARD", "Moving house", "I moved to my own flat.");

        mvc.perform(get("/stories/" + heard).with(as(priya))).andExpect(content().string(containsString("Board meeting, ")));
        jdbc.sql("insert into story_meeting (story_id, organisation_id, session_id, group_id, added_by) values (:s, :o, :m, :g, :p)")
                .param("s", heard).param("o", northshire.id()).param("m", past).param("g", board).param("p", priya.personId()).update();
        mvc.perform(post("/stories/" + toHear + "/meetings").param("sessionId", String.valueOf(next)).with(as(priya)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + next).with(as(priya)))
                .andExpect(content().string(containsString("Hearing a story from a member")))
                .andExpect(content().string(not(containsString("Moving house"))));
        mvc.perform(get("/groups/" + board).with(as(priya))).andExpect(content().string(containsString("1 of its 1 meeting heard a story")));

        mvc.perform(post("/stories/" + toHear + "/withdraw").with(as(jamie)).with(csrf()));
        mvc.perform(get("/sessions/" + next).with(as(priya))).andExpect(content().string(not(containsString("Hearing a story from a member"))));
    }

    @Test
    void aStoryForTheTeamOnlyCannotGoOnAMeetingAgenda() throws Exception {
        long next = boardMeetingInTwoWeeks();
        long story = tell(jamie, "TEAM", "Private", "Only for the team.");

        mvc.perform(post("/stories/" + story + "/meetings").param("sessionId", String.valueOf(next)).with(as(priya)).with(csrf()));

        mvc.perform(get("/sessions/" + next).with(as(priya))).andExpect(content().string(not(containsString("Hearing a story"))));
    }

    @Test
    void aCoordinatorCanKeepAStoryToFewerReadersButNeverShareItMoreWidelyThanItsTeller() throws Exception {
        long story = tell(jamie, "BOARD", "Finding a job", "I found a job I love.");

        mvc.perform(post("/stories/" + story + "/scope").param("scope", "PUBLIC").with(as(priya)).with(csrf()));
        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + story).with(as(priya))).andExpect(content().string(not(containsString("value=\"PUBLIC\""))));

        mvc.perform(post("/stories/" + story + "/scope").param("scope", "TEAM").with(as(priya)).with(csrf()));
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isNotFound());
    }

    @Test
    void aStoryRecordedWithSomeoneGoesBeyondTheTeamOnlyWithTheirConsentToShareIt() throws Exception {
        mvc.perform(multipart("/stories/new").with(as(priya)).with(csrf()).param("personId", String.valueOf(jamie.personId()))
                        .param("toldWithHelp", "true").param("title", "My voice").param("words", "Words.").param("scope", "BOARD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("They have not agreed to share their story beyond the team")));

        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.SHARE_STORY, true, ConsentMethod.IN_PERSON, null,
                priya.personId());
        long story = created(multipart("/stories/new").with(as(priya)).with(csrf()).param("personId", String.valueOf(jamie.personId()))
                .param("toldWithHelp", "true").param("title", "My voice").param("words", "Words.").param("scope", "BOARD"));
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isOk());

        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.SHARE_STORY, false, ConsentMethod.PHONE,
                "Does not want it shared any more", priya.personId());
        mvc.perform(get("/stories/" + story).with(as(helen))).andExpect(status().isNotFound());
        mvc.perform(get("/stories").with(as(helen))).andExpect(content().string(not(containsString("My voice"))));
        mvc.perform(get("/stories/" + story).with(as(priya))).andExpect(status().isOk());
    }

    @Test
    void aPublicStoryWhoseTellerNoLongerAgreesLeavesThePublicListWithoutLeavingAGapInIt() throws Exception {
        for (int i = 1; i <= PublicStories.PER_PAGE; i++) {
            tell(helen, "PUBLIC", "Helen's story " + i, "Words " + i + ".");
        }
        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.SHARE_STORY, true, ConsentMethod.IN_PERSON, null,
                priya.personId());
        created(multipart("/stories/new").with(as(priya)).with(csrf()).param("personId", String.valueOf(jamie.personId()))
                .param("toldWithHelp", "true").param("title", "Jamie's voice").param("words", "Words.").param("scope", "PUBLIC"));
        mvc.perform(get("/public/" + northshire.slug() + "/stories"))
                .andExpect(content().string(containsString("Jamie's voice")))
                .andExpect(content().string(containsString("?page=2")));

        register.recordConsent(northshire.id(), jamie.personId(), ConsentPurpose.SHARE_STORY, false, ConsentMethod.PHONE,
                "Does not want it shared any more", priya.personId());

        String firstPage = mvc.perform(get("/public/" + northshire.slug() + "/stories")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(firstPage).doesNotContain("Jamie's voice").doesNotContain("?page=2");
        for (int i = 1; i <= PublicStories.PER_PAGE; i++) {
            assertThat(firstPage).contains("Helen's story " + i + "<");
        }
    }

    @Test
    void withdrawingStillWorksWhenTheStorysAgendaItemWasTakenOffByHand() throws Exception {
        long next = boardMeetingInTwoWeeks();
        long story = tell(jamie, "PUBLIC", "My voice", "People listen to me now.");
        mvc.perform(post("/stories/" + story + "/meetings").param("sessionId", String.valueOf(next)).with(as(priya)).with(csrf()));
        jdbc.sql("delete from agenda_item where session_id = :s").param("s", next).update();

        mvc.perform(post("/stories/" + story + "/withdraw").with(as(jamie)).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select words is null and withdrawn_at is not null from story where id = :id").param("id", story)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aStoryNeedsItsWordsAndAChoiceOfReadersAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(multipart("/stories/new").with(as(jamie)).with(csrf()).param("title", "My voice"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#words\">Write your story.")))
                .andExpect(content().string(containsString("<a href=\"#scope\">Choose who can read your story</a>")))
                .andExpect(content().string(containsString("value=\"My voice\"")));
    }

    @Test
    void aRecordingMustReallyBeASoundFile() throws Exception {
        mvc.perform(multipart("/stories/new")
                        .file(new MockMultipartFile("audio", "story.mp3", "audio/mpeg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(as(jamie)).with(csrf())
                        .param("title", "My voice").param("words", "Words.").param("scope", "PUBLIC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The recording must be a sound file")));
    }

    @Test
    void anotherOrganisationCanNeverReadOrWithdrawAStory() throws Exception {
        long story = tell(jamie, "PUBLIC", "My voice", "People listen to me now.");
        Organisation eastvale = fixtures.organisation("Eastvale Forum");
        CurrentUser ruth = fixtures.coordinator(eastvale);

        mvc.perform(get("/stories/" + story).with(as(ruth))).andExpect(status().isNotFound());
        mvc.perform(post("/stories/" + story + "/withdraw").with(as(ruth)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/stories").with(as(ruth))).andExpect(content().string(not(containsString("My voice"))));
        mvc.perform(get("/public/" + eastvale.slug() + "/stories/" + story)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + northshire.slug() + "/stories/" + story)).andExpect(status().isOk());
    }

    private long tell(CurrentUser who, String scope, String title, String words) throws Exception {
        return created(multipart("/stories/new").with(as(who)).with(csrf())
                .param("title", title).param("words", words).param("scope", scope).param("signed", who.displayName().substring(0, 1)));
    }

    private long tellWithRecording(CurrentUser who, String scope, String title, String words) throws Exception {
        return created(multipart("/stories/new").file(new MockMultipartFile("audio", "story.mp3", "audio/mpeg", MP3))
                .with(as(who)).with(csrf()).param("title", title).param("words", words).param("scope", scope));
    }

    private long created(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long boardMeetingInTwoWeeks() {
        long board = groups.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        return sessions.plan(priya, board, meeting(LocalDate.now(Dates.LONDON).plusWeeks(2)));
    }

    private static SessionDetails meeting(LocalDate day) {
        return new SessionDetails(SessionKind.MEETING, "Board meeting", null,
                day.atTime(10, 30).atZone(Dates.LONDON).toInstant(), day.atTime(12, 30).atZone(Dates.LONDON).toInstant(), "Room 2", null);
    }
}
