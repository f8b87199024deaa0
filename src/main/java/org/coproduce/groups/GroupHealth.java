package org.coproduce.groups;

import java.util.List;

/**
 * What the source documents ask of a group, at a glance: people with lived experience co-chair it, make up the share
 * of members it aims for, can make its quorum, and its decisions reach the people who decide.
 *
 * @param livedExperienceShare members with lived or caring experience, as a whole percentage of members;
 *                             null when it has no members yet
 * @param meetsTarget          null when the group has set no target
 */
public record GroupHealth(
        boolean livedExperienceCoChair,
        int members,
        int membersWithLivedExperience,
        Integer livedExperienceShare,
        Boolean meetsTarget,
        boolean quorumReachable,
        boolean reportsNowhere,
        boolean livedExperienceKeptApart) {

    public static GroupHealth of(Group group, List<Member> current) {
        List<Member> members = current.stream().filter(m -> m.role().isMember()).toList();
        int lived = (int) members.stream().filter(Member::livedExperience).count();
        Integer share = members.isEmpty() ? null : (int) Math.round(100.0 * lived / members.size());
        Boolean meetsTarget = group.livedExperienceTarget() == null || share == null ? null : share >= group.livedExperienceTarget();
        boolean coChair = current.stream().anyMatch(m -> m.role() == MemberRole.CO_CHAIR && m.livedExperience());
        boolean quorumReachable = group.quorum() == null || lived >= group.quorum();
        boolean reportsNowhere = group.kind() != GroupKind.BOARD && group.reportsToId() == null;
        boolean keptApart = members.size() >= 2 && lived == members.size();
        return new GroupHealth(coChair, members.size(), lived, share, meetsTarget, quorumReachable, reportsNowhere, keptApart);
    }

    /**
     * Whether a meeting today is quorate: enough members with lived or caring experience are there.
     *
     * @param present the members who came
     */
    public static boolean quorate(Group group, List<Member> present) {
        return Quorum.of(group, present, java.time.LocalDate.now(org.coproduce.web.Dates.LONDON)).quorate();
    }
}
