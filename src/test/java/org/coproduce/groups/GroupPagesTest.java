package org.coproduce.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
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
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class GroupPagesTest {

    static final LocalDate LAST_YEAR = LocalDate.now(Dates.LONDON).minusYears(1);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired GroupChanges changes;
    @Autowired Groups groups;
    @Autowired Sessions sessions;
    @Autowired Register register;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    long board;
    long jamie;
    long helen;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        board = changes.create(priya, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, null));
        jamie = livedExperience("Jamie Lee");
        helen = professional("Helen Ward");
    }

    @Test
    void aGroupWithoutItsDetailsGetsAMessageForEachMissingOne() throws Exception {
        mvc.perform(post("/groups").with(as(priya)).with(csrf()).param("target", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#kind\">Choose what kind of group it is</a>")))
                .andExpect(content().string(containsString("<a href=\"#name\">Enter the group's name</a>")))
                .andExpect(content().string(containsString("Enter the target as a whole number from 0 to 100, like 50")))
                .andExpect(content().string(containsString("value=\"lots\"")));
    }

    @Test
    void aQuorumLargerThanTheGroupCanReachIsExplained() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);

        mvc.perform(post("/groups/" + board).with(as(priya)).with(csrf())
                        .param("kind", "BOARD").param("name", "Partnership Board").param("purpose", "Takes the big decisions.")
                        .param("meets", "MONTHLY").param("quorum", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The quorum needs 3 members with lived or caring experience, but the group has 1")));
        assertThat(groups.find(northshire.id(), board).orElseThrow().quorum()).isNull();
    }

    @Test
    void aTermThatEndsBeforeItStartsIsExplainedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/groups/" + board + "/members").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(jamie)).param("role", "MEMBER")
                        .param("joinedOnDay", "1").param("joinedOnMonth", "6").param("joinedOnYear", "2026")
                        .param("termEndsOnDay", "1").param("termEndsOnMonth", "5").param("termEndsOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The term must end after the day they joined")));
        assertThat(groups.currentMembers(northshire.id(), board)).isEmpty();
    }

    @Test
    void someoneFromAnotherOrganisationCannotBeMadeCoChair() throws Exception {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");
        long stranger = fixtures.person(eastvale, Fixtures.callum());

        mvc.perform(post("/groups/" + board + "/members").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(stranger)).param("role", "CO_CHAIR")
                        .param("joinedOnDay", "1").param("joinedOnMonth", "6").param("joinedOnYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose someone from the register")));
        assertThat(groups.currentMembers(northshire.id(), board)).isEmpty();
    }

    @Test
    void theLastCoChairCannotLeaveOrStepDownUntilSomeoneElseIsCoChair() throws Exception {
        long jamiesSpell = changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        long helensSpell = changes.addMember(priya, board, helen, MemberRole.MEMBER, LAST_YEAR, null);

        mvc.perform(post("/groups/" + board + "/members/" + jamiesSpell + "/leave").with(as(priya)).with(csrf())
                        .param("leftOnDay", "1").param("leftOnMonth", "11").param("leftOnYear", "2026"))
                .andExpect(content().string(containsString("Partnership Board would have no co-chair. Make someone else co-chair first")));
        mvc.perform(post("/groups/" + board + "/members/" + jamiesSpell + "/role").with(as(priya)).with(csrf()).param("role", "MEMBER"))
                .andExpect(content().string(containsString("would have no co-chair")));

        changes.changeRole(priya, board, helensSpell, MemberRole.CO_CHAIR, null);
        mvc.perform(post("/groups/" + board + "/members/" + jamiesSpell + "/leave").with(as(priya)).with(csrf())
                        .param("leftOnDay", "1").param("leftOnMonth", "11").param("leftOnYear", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(groups.currentMembers(northshire.id(), board)).extracting(Member::personId).containsExactly(helen);
    }

    @Test
    void changingRoleKeepsThePastSpellInTheGroupsHistory() throws Exception {
        long spell = changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, null);

        changes.changeRole(priya, board, spell, MemberRole.CO_CHAIR, null);

        assertThat(jdbc.sql("select role from group_member where group_id = :id order by id").param("id", board)
                .query(String.class).list()).containsExactly("MEMBER", "CO_CHAIR");
        mvc.perform(get("/groups/" + board).with(as(priya)))
                .andExpect(content().string(containsString("Past members and roles (1)")))
                .andExpect(content().string(containsString("Jamie, member, from " + Dates.date(LAST_YEAR))));
    }

    @Test
    void theGroupPageSaysWhetherALivedExperienceCoChairAndTheTargetAreThere() throws Exception {
        changes.addMember(priya, board, helen, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        changes.addMember(priya, board, livedExperience("Aisha Rahman"), MemberRole.MEMBER, LAST_YEAR, null);

        mvc.perform(get("/groups/" + board).with(as(priya)))
                .andExpect(content().string(containsString("No co-chair has lived or caring experience")))
                .andExpect(content().string(containsString("2 of 3 members (67%) have lived or caring experience")))
                .andExpect(content().string(containsString("the target is 50%")));
    }

    @Test
    void aMeetingWithoutEnoughLivedExperienceMembersIsNotQuorateAndItsDecisionsAreMarked() throws Exception {
        long jamiesSpell = changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.addMember(priya, board, livedExperience("Aisha Rahman"), MemberRole.MEMBER, LAST_YEAR, null);
        changes.addMember(priya, board, helen, MemberRole.MEMBER, LAST_YEAR, null);
        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, 2));
        long meeting = sessions.plan(priya, board, lastWeek());
        sessions.decide(priya, meeting, "Pay people for reading papers.");

        mvc.perform(post("/sessions/" + meeting + "/attendance").with(as(priya)).with(csrf())
                        .param("present", String.valueOf(jamie)).param("present", String.valueOf(helen)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/sessions/" + meeting).with(as(priya)))
                .andExpect(content().string(containsString("This meeting was not quorate")))
                .andExpect(content().string(containsString("Only 1 member with lived or caring experience came. The group needed 2")))
                .andExpect(content().string(containsString("Not quorate</strong>")));
        assertThat(jamiesSpell).isPositive();
    }

    @Test
    void aQuorateMeetingsDecisionsAreNotMarked() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        long aisha = livedExperience("Aisha Rahman");
        changes.addMember(priya, board, aisha, MemberRole.MEMBER, LAST_YEAR, null);
        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, 2));
        long meeting = sessions.plan(priya, board, lastWeek());
        sessions.recordAttendance(priya, meeting, List.of(jamie, aisha));
        sessions.decide(priya, meeting, "Pay people for reading papers.");

        mvc.perform(get("/sessions/" + meeting).with(as(priya)))
                .andExpect(content().string(containsString("This meeting was quorate")))
                .andExpect(content().string(not(containsString("Not quorate</strong>"))));
    }

    @Test
    void aWorkingGroupThatReportsNowhereIsFlaggedOnTheCoordinatorsHomePage() throws Exception {
        changes.create(priya, new GroupDetails(GroupKind.WORKING_GROUP, "Housing group", "Better homes.", MeetingFrequency.MONTHLY,
                null, null, null));

        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("Housing group does not report to any group")))
                .andExpect(content().string(containsString("may never reach the people who make decisions")));
        mvc.perform(get("/home").with(as(fixtures.partner(northshire))))
                .andExpect(content().string(not(containsString("does not report to any group"))));
    }

    @Test
    void aGroupOfOnlyLivedExperienceMembersWhoNeverSitWithProfessionalsIsFlagged() throws Exception {
        long voices = changes.create(priya, new GroupDetails(GroupKind.REFERENCE_GROUP, "Voices group", "Self-advocates meet.",
                MeetingFrequency.MONTHLY, null, board, null));
        changes.addMember(priya, voices, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        long aisha = livedExperience("Aisha Rahman");
        changes.addMember(priya, voices, aisha, MemberRole.MEMBER, LAST_YEAR, null);

        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(containsString("Voices group keeps people with lived experience apart")));

        changes.addMember(priya, board, aisha, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.addMember(priya, board, helen, MemberRole.CO_CHAIR, LAST_YEAR, null);
        mvc.perform(get("/home").with(as(priya)))
                .andExpect(content().string(not(containsString("keeps people with lived experience apart"))));
    }

    @Test
    void hardTermsOfReferenceAreSavedOnlyAfterAWarningAndOldVersionsStayReadable() throws Exception {
        changes.writeTerms(priya, board, "We meet every month. We decide together.");
        String hard = "Notwithstanding the aforementioned considerations, the multidisciplinary stakeholder configuration "
                + "facilitates the operationalisation of integrated commissioning methodologies.";

        mvc.perform(post("/groups/" + board + "/terms").with(as(priya)).with(csrf()).param("text", hard))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("These terms may be hard for members to read")));
        mvc.perform(post("/groups/" + board + "/terms").with(as(priya)).with(csrf()).param("text", hard).param("publishAnyway", "true"))
                .andExpect(status().is3xxRedirection());

        CurrentUser partner = fixtures.partner(northshire);
        mvc.perform(get("/groups/" + board + "/terms").with(as(partner)))
                .andExpect(content().string(containsString("Version 2")))
                .andExpect(content().string(containsString("multidisciplinary")));
        mvc.perform(get("/groups/" + board + "/terms/versions/1").with(as(partner)))
                .andExpect(content().string(containsString("This is an old version")))
                .andExpect(content().string(containsString("We meet every month.")));
        assertThat(jdbc.sql("select what from writing_warning where organisation_id = :id").param("id", northshire.id())
                .query(String.class).list()).containsExactly("Terms of reference: Partnership Board");
    }

    @Test
    void inductionTickedOffWithANewMemberShowsWhoHasNotFinished() throws Exception {
        long spell = changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        List<Long> items = groups.inductionItemIds(northshire.id(), board);

        mvc.perform(get("/groups/" + board + "/induction").with(as(priya)))
                .andExpect(content().string(containsString("Jamie</a>: 0 of " + items.size() + " done")));

        var request = post("/groups/" + board + "/members/" + spell + "/induction").with(as(priya)).with(csrf());
        for (long item : items) {
            request = request.param("done", String.valueOf(item));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());

        mvc.perform(get("/groups/" + board + "/induction").with(as(priya)))
                .andExpect(content().string(containsString("Every member has finished induction.")));
    }

    @Test
    void thePublicChampionsPageNamesOnlyChampionsWhoAgreed() throws Exception {
        long network = changes.create(priya, new GroupDetails(GroupKind.CHAMPIONS_NETWORK, "Champions", "Speak up for co-production.",
                MeetingFrequency.QUARTERLY, null, board, null));
        long aisha = livedExperience("Aisha Rahman");
        changes.addMember(priya, network, aisha, MemberRole.MEMBER, LAST_YEAR, null);
        changes.addMember(priya, network, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        register.recordConsent(northshire.id(), aisha, ConsentPurpose.NAME_SHOWN, true, ConsentMethod.IN_PERSON, null, priya.personId());
        changes.recordChampionWork(priya, network, aisha, ChampionActivity.TRAINING, "Chairing meetings well", LAST_YEAR);
        changes.recordChampionWork(priya, network, jamie, ChampionActivity.SUPPORT, "Interviewing a new manager", LAST_YEAR);

        mvc.perform(get("/public/" + northshire.slug() + "/champions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aisha")))
                .andExpect(content().string(containsString("Chairing meetings well")))
                .andExpect(content().string(not(containsString("Jamie"))))
                .andExpect(content().string(not(containsString("Interviewing a new manager"))))
                .andExpect(content().string(containsString("1 more champion has chosen not to be named here")));
    }

    @Test
    void diversityFiguresAreForCoordinatorsAndTheBoardOnly() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, null);

        mvc.perform(get("/groups/" + board).with(as(priya)))
                .andExpect(content().string(containsString("Diversity of members")));
        mvc.perform(get("/groups/" + board).with(as(fixtures.partner(northshire))))
                .andExpect(content().string(not(containsString("Diversity of members"))))
                .andExpect(content().string(not(containsString("Lived experience</strong>"))));
    }

    @Test
    void aPersonsGroupsShowOnTheirProfile() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);

        mvc.perform(get("/people/" + jamie).with(as(priya)))
                .andExpect(content().string(containsString("Partnership Board")))
                .andExpect(content().string(containsString("Co-chair since " + Dates.date(LAST_YEAR))));
    }

    @Test
    void partnersCanReadGroupsButNotChangeThem() throws Exception {
        CurrentUser partner = fixtures.partner(northshire);
        mvc.perform(get("/groups/" + board).with(as(partner))).andExpect(status().isOk());
        mvc.perform(get("/groups/new").with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(get("/groups/" + board + "/members/new").with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(post("/groups/" + board + "/terms").with(as(partner)).with(csrf()).param("text", "Mine now"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationCanNeverSeeAGroupItsMembersMeetingsOrPapers() throws Exception {
        long spell = changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.writeTerms(priya, board, "Our private terms.");
        long meeting = sessions.plan(priya, board, lastWeek());
        Organisation eastvale = fixtures.organisation("Eastvale Carers");
        CurrentUser ruth = fixtures.coordinator(eastvale);

        for (String page : List.of("/groups/" + board, "/groups/" + board + "/terms", "/groups/" + board + "/terms/versions/1",
                "/groups/" + board + "/members/" + spell, "/groups/" + board + "/members/" + spell + "/induction",
                "/groups/" + board + "/induction", "/groups/" + board + "/meetings", "/groups/" + board + "/edit",
                "/sessions/" + meeting)) {
            mvc.perform(get(page).with(as(ruth))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/groups/" + board + "/members/" + spell + "/leave").with(as(ruth)).with(csrf())
                        .param("leftOnDay", "1").param("leftOnMonth", "11").param("leftOnYear", "2026"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/sessions/" + meeting + "/decisions").with(as(ruth)).with(csrf()).param("text", "Ours now"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/groups").with(as(ruth)))
                .andExpect(content().string(not(containsString("Partnership Board"))));
        assertThat(groups.currentMembers(northshire.id(), board)).hasSize(1);
    }

    @Test
    void someoneCannotBeRecordedAsLeavingInTheFutureOrRejoiningBeforeTheyLeft() throws Exception {
        long spell = changes.addMember(priya, board, jamie, MemberRole.MEMBER, LAST_YEAR, null);
        LocalDate nextWeek = LocalDate.now(Dates.LONDON).plusWeeks(1);

        mvc.perform(post("/groups/" + board + "/members/" + spell + "/leave").with(as(priya)).with(csrf())
                        .param("leftOnDay", String.valueOf(nextWeek.getDayOfMonth())).param("leftOnMonth", String.valueOf(nextWeek.getMonthValue()))
                        .param("leftOnYear", String.valueOf(nextWeek.getYear())))
                .andExpect(content().string(containsString("The day they left must be today or in the past")));
        assertThat(groups.currentMembers(northshire.id(), board)).hasSize(1);

        LocalDate lastMonth = LocalDate.now(Dates.LONDON).minusMonths(1);
        changes.leave(priya, board, spell, lastMonth);
        mvc.perform(post("/groups/" + board + "/members").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(jamie)).param("role", "MEMBER")
                        .param("joinedOnDay", "1").param("joinedOnMonth", "1").param("joinedOnYear", String.valueOf(LAST_YEAR.getYear())))
                .andExpect(content().string(containsString("so they can only rejoin on or after that day")));
    }

    @Test
    void raisingTheQuorumLaterDoesNotRewriteWhetherAPastMeetingWasQuorate() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        long aisha = livedExperience("Aisha Rahman");
        changes.addMember(priya, board, aisha, MemberRole.MEMBER, LAST_YEAR, null);
        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, 1));
        long meeting = sessions.plan(priya, board, lastWeek());
        sessions.recordAttendance(priya, meeting, List.of(jamie));

        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, 2));

        mvc.perform(get("/sessions/" + meeting).with(as(priya)))
                .andExpect(content().string(containsString("This meeting was quorate")))
                .andExpect(content().string(containsString("The group needed 1")));
    }

    @Test
    void someoneWhoLeftOnTheDayOfAMeetingStillCountsForIt() throws Exception {
        long spell = changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.addMember(priya, board, helen, MemberRole.CO_CHAIR, LAST_YEAR, null);
        changes.update(priya, board, new GroupDetails(GroupKind.BOARD, "Partnership Board", "Takes the big decisions.",
                MeetingFrequency.MONTHLY, 50, null, 1));
        long meeting = sessions.plan(priya, board, lastWeek());
        changes.leave(priya, board, spell, LocalDate.now(Dates.LONDON).minusWeeks(1));

        assertThat(sessions.recordAttendance(priya, meeting, List.of(jamie)).quorate()).isTrue();
    }

    @Test
    void whoCameCannotBeRecordedBeforeTheMeeting() throws Exception {
        changes.addMember(priya, board, jamie, MemberRole.CO_CHAIR, LAST_YEAR, null);
        LocalDate day = LocalDate.now(Dates.LONDON).plusWeeks(2);
        long meeting = sessions.plan(priya, board, new SessionDetails(SessionKind.MEETING, "Board meeting", null,
                day.atTime(10, 30).atZone(Dates.LONDON).toInstant(), day.atTime(12, 30).atZone(Dates.LONDON).toInstant(), "Room 2", null));

        mvc.perform(post("/sessions/" + meeting + "/attendance").with(as(priya)).with(csrf()).param("present", String.valueOf(jamie)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "You can record who came once the session has started"));
        assertThat(jdbc.sql("select count(*) from session_attendance where session_id = :id").param("id", meeting)
                .query(Integer.class).single()).isZero();
    }

    private long livedExperience(String name) {
        return fixtures.person(northshire, PersonDetails.basic(name, name.split(" ")[0], null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
    }

    private long professional(String name) {
        return fixtures.person(northshire, PersonDetails.basic(name, name.split(" ")[0], null, null, Set.of(InvolvementRole.PROFESSIONAL)));
    }

    private static SessionDetails lastWeek() {
        LocalDate day = LocalDate.now(Dates.LONDON).minusWeeks(1);
        return new SessionDetails(SessionKind.MEETING, "Board meeting", null,
                day.atTime(10, 30).atZone(Dates.LONDON).toInstant(), day.atTime(12, 30).atZone(Dates.LONDON).toInstant(),
                "Room 2", null);
    }
}
