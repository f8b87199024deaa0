package org.coproduce.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupHealthTest {

    private static final LocalDate JOINED = LocalDate.of(2025, 1, 6);
    private static final LocalDate LEFT = LocalDate.of(2025, 9, 1);

    private long nextId = 1;

    // Co-chairs

    @Test
    void aCoChairWithLivedExperienceIsRecognised() {
        GroupHealth health = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.CO_CHAIR, false), member(MemberRole.MEMBER, false)));

        assertThat(health.livedExperienceCoChair()).isTrue();
    }

    @Test
    void coChairsWithoutLivedExperienceAreNotEnoughEvenWhenTheyLeadTogether() {
        GroupHealth health = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, false), member(MemberRole.CO_CHAIR, false), member(MemberRole.MEMBER, false)));

        assertThat(health.livedExperienceCoChair()).isFalse();
    }

    @Test
    void aMemberWithLivedExperienceDoesNotMakeUpForNoCoChairWithIt() {
        GroupHealth health = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, false), member(MemberRole.MEMBER, true), member(MemberRole.ADVISER, true)));

        assertThat(health.livedExperienceCoChair()).isFalse();
    }

    // Share of members with lived experience

    @Test
    void theShareCountsOnlyCoChairsAndMembersNotAdvisersOrSupportingStaff() {
        GroupHealth health = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false),
                member(MemberRole.ADVISER, true), member(MemberRole.ADVISER, true),
                member(MemberRole.SUPPORTING_STAFF, true), member(MemberRole.SUPPORTING_STAFF, false)));

        assertThat(health.members()).isEqualTo(2);
        assertThat(health.membersWithLivedExperience()).isEqualTo(1);
        assertThat(health.livedExperienceShare()).isEqualTo(50);
    }

    @Test
    void theShareIsRoundedToAWholePercentage() {
        GroupHealth oneOfThree = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false), member(MemberRole.MEMBER, false)));
        GroupHealth twoOfThree = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, true), member(MemberRole.MEMBER, false)));

        assertThat(oneOfThree.livedExperienceShare()).isEqualTo(33);
        assertThat(twoOfThree.livedExperienceShare()).isEqualTo(67);
    }

    @Test
    void aGroupExactlyOnItsTargetMeetsIt() {
        GroupHealth health = health(withTarget(50), List.of(member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false)));

        assertThat(health.livedExperienceShare()).isEqualTo(50);
        assertThat(health.meetsTarget()).isTrue();
    }

    @Test
    void aGroupBelowItsTargetDoesNotMeetIt() {
        GroupHealth health = health(withTarget(51), List.of(member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false)));

        assertThat(health.meetsTarget()).isFalse();
    }

    @Test
    void advisersWithLivedExperienceDoNotLiftAGroupToItsTarget() {
        GroupHealth health = health(withTarget(50), List.of(
                member(MemberRole.CO_CHAIR, false), member(MemberRole.MEMBER, false),
                member(MemberRole.ADVISER, true), member(MemberRole.ADVISER, true), member(MemberRole.SUPPORTING_STAFF, true)));

        assertThat(health.livedExperienceShare()).isZero();
        assertThat(health.meetsTarget()).isFalse();
    }

    @Test
    void thereIsNoVerdictOnTheTargetWhenTheGroupHasNotSetOne() {
        GroupHealth health = health(workingGroup(), List.of(member(MemberRole.CO_CHAIR, true)));

        assertThat(health.meetsTarget()).isNull();
    }

    @Test
    void aGroupWithNoMembersYetHasNoShareAndNoVerdictOnItsTarget() {
        GroupHealth empty = health(withTarget(50), List.of());
        GroupHealth onlyStaff = health(withTarget(50), List.of(member(MemberRole.SUPPORTING_STAFF, true), member(MemberRole.ADVISER, true)));

        assertThat(empty.members()).isZero();
        assertThat(empty.livedExperienceShare()).isNull();
        assertThat(empty.meetsTarget()).isNull();
        assertThat(onlyStaff.members()).isZero();
        assertThat(onlyStaff.livedExperienceShare()).isNull();
        assertThat(onlyStaff.meetsTarget()).isNull();
    }

    // Quorum at a meeting

    @Test
    void everyMeetingIsQuorateWhenTheGroupHasSetNoQuorum() {
        assertThat(GroupHealth.quorate(workingGroup(), List.of())).isTrue();
        assertThat(GroupHealth.quorate(workingGroup(), List.of(member(MemberRole.MEMBER, false)))).isTrue();
    }

    @Test
    void aMeetingIsQuorateWhenEnoughMembersWithLivedExperienceCome() {
        Group group = withQuorum(2);

        assertThat(GroupHealth.quorate(group, List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, true), member(MemberRole.MEMBER, false)))).isTrue();
        assertThat(GroupHealth.quorate(group, List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, true), member(MemberRole.MEMBER, true)))).isTrue();
    }

    @Test
    void aMeetingOneShortOfTheQuorumIsNotQuorate() {
        Group group = withQuorum(2);

        assertThat(GroupHealth.quorate(group, List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false), member(MemberRole.CO_CHAIR, false)))).isFalse();
    }

    @Test
    void peopleWhoHaveLeftTheGroupDoNotCountTowardsTheQuorum() {
        Group group = withQuorum(2);

        assertThat(GroupHealth.quorate(group, List.of(member(MemberRole.MEMBER, true), former(MemberRole.MEMBER, true)))).isFalse();
    }

    @Test
    void advisersAndSupportingStaffWithLivedExperienceDoNotCountTowardsTheQuorum() {
        Group group = withQuorum(2);

        assertThat(GroupHealth.quorate(group, List.of(
                member(MemberRole.MEMBER, true), member(MemberRole.ADVISER, true), member(MemberRole.SUPPORTING_STAFF, true)))).isFalse();
    }

    @Test
    void aQuorumIsOutOfReachWhenTheGroupHasFewerMembersWithLivedExperienceThanItNeeds() {
        List<Member> members = List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, true), member(MemberRole.MEMBER, false),
                member(MemberRole.ADVISER, true));

        assertThat(health(withQuorum(3), members).quorumReachable()).isFalse();
        assertThat(health(withQuorum(2), members).quorumReachable()).isTrue();
        assertThat(health(workingGroup(), members).quorumReachable()).isTrue();
    }

    // Where decisions go

    @Test
    void aWorkingGroupThatReportsToNoOneIsFlagged() {
        GroupHealth health = health(workingGroup(), List.of(member(MemberRole.CO_CHAIR, true)));

        assertThat(health.reportsNowhere()).isTrue();
    }

    @Test
    void aWorkingGroupThatReportsToTheBoardIsNotFlagged() {
        Group group = new Group(2, GroupKind.WORKING_GROUP, "Housing working group", "Improving housing support",
                MeetingFrequency.MONTHLY, null, 1L, "Partnership board", null);

        assertThat(health(group, List.of(member(MemberRole.CO_CHAIR, true))).reportsNowhere()).isFalse();
    }

    @Test
    void aBoardIsNotExpectedToReportAnywhere() {
        Group board = new Group(1, GroupKind.BOARD, "Partnership board", "Deciding priorities",
                MeetingFrequency.QUARTERLY, null, null, null, null);

        assertThat(health(board, List.of(member(MemberRole.CO_CHAIR, true))).reportsNowhere()).isFalse();
    }

    // Lived experience kept apart

    @Test
    void aGroupMadeUpOnlyOfPeopleWithLivedExperienceIsKeptApart() {
        GroupHealth health = health(workingGroup(), List.of(
                member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, true), member(MemberRole.SUPPORTING_STAFF, false)));

        assertThat(health.livedExperienceKeptApart()).isTrue();
    }

    @Test
    void aMixedGroupOrAGroupOfOneIsNotKeptApart() {
        assertThat(health(workingGroup(), List.of(member(MemberRole.CO_CHAIR, true), member(MemberRole.MEMBER, false)))
                .livedExperienceKeptApart()).isFalse();
        assertThat(health(workingGroup(), List.of(member(MemberRole.CO_CHAIR, true))).livedExperienceKeptApart()).isFalse();
        assertThat(health(workingGroup(), List.of()).livedExperienceKeptApart()).isFalse();
    }

    private static GroupHealth health(Group group, List<Member> members) {
        return GroupHealth.of(group, new ArrayList<>(members));
    }

    private static Group workingGroup() {
        return group(null, null);
    }

    private static Group withTarget(int target) {
        return group(target, null);
    }

    private static Group withQuorum(int quorum) {
        return group(null, quorum);
    }

    private static Group group(Integer target, Integer quorum) {
        return new Group(7, GroupKind.WORKING_GROUP, "Day services working group", "Shaping day services",
                MeetingFrequency.MONTHLY, target, null, null, quorum);
    }

    private Member member(MemberRole role, boolean livedExperience) {
        long id = nextId++;
        return new Member(id, 100 + id, "Person " + id, role, JOINED, null, null, livedExperience, 0, 0);
    }

    private Member former(MemberRole role, boolean livedExperience) {
        long id = nextId++;
        return new Member(id, 100 + id, "Person " + id, role, JOINED, null, LEFT, livedExperience, 0, 0);
    }
}
