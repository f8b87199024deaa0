package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the coordinator about groups where power is not being shared as the source documents ask. */
@Component
@Order(10)
class GroupsHomePanel implements HomePanel {

    private final GroupRepository groups;
    private final MemberRepository members;

    GroupsHomePanel(GroupRepository groups, MemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    @Override
    public List<HomeFlag> flagsFor(SignedInUser user) {
        if (!user.isCoordinator()) {
            return List.of();
        }
        Map<Group, List<Member>> all = groups.all(user.organisationId()).stream()
                .collect(Collectors.toMap(g -> g, g -> members.current(user.organisationId(), g.id()),
                        (a, b) -> a, java.util.LinkedHashMap::new));
        Set<Long> inMixedGroups = all.values().stream()
                .filter(current -> current.stream().anyMatch(m -> m.role().isMember() && !m.livedExperience()))
                .flatMap(List::stream)
                .map(Member::personId)
                .collect(Collectors.toSet());
        List<HomeFlag> flags = new ArrayList<>();
        all.forEach((group, current) -> {
            GroupHealth health = GroupHealth.of(group, current);
            String href = "/groups/" + group.id();
            if (health.reportsNowhere()) {
                flags.add(new HomeFlag(group.name() + " does not report to any group",
                        "What people say in this group may never reach the people who make decisions. Choose the group it reports to.",
                        href + "/edit", "Choose who " + group.name() + " reports to"));
            }
            if (health.livedExperienceKeptApart()
                    && current.stream().filter(m -> m.role().isMember()).noneMatch(m -> inMixedGroups.contains(m.personId()))) {
                flags.add(new HomeFlag(group.name() + " keeps people with lived experience apart",
                        "All its members have lived or caring experience, and none of them sits in a group with the professionals. "
                                + "Co-production means working together as equals where decisions are made, not in a separate room.",
                        href, "Look at " + group.name()));
            }
            if (!health.quorumReachable()) {
                flags.add(new HomeFlag(group.name() + " cannot be quorate",
                        "Its quorum needs " + group.quorum() + " members with lived or caring experience, and it has "
                                + health.membersWithLivedExperience() + ". Decisions taken at its meetings will be marked as not quorate.",
                        href + "/members/new", "Add a member to " + group.name()));
            }
            long notInducted = current.stream().filter(m -> !m.inductionFinished()).count();
            if (notInducted > 0) {
                flags.add(new HomeFlag(notInducted == 1 ? "1 member of " + group.name() + " has not finished induction"
                                : notInducted + " members of " + group.name() + " have not finished induction",
                        "Induction helps new members feel welcome and able to take part from their first meeting.",
                        href + "/induction", "Check induction for " + group.name()));
            }
        });
        return flags;
    }
}
