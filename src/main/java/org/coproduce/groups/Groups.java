package org.coproduce.groups;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know about groups: for example, whether a group's meeting is quorate. */
@Service
@Transactional(readOnly = true)
public class Groups {

    private final GroupRepository groups;
    private final MemberRepository members;

    Groups(GroupRepository groups, MemberRepository members) {
        this.groups = groups;
        this.members = members;
    }

    public Optional<Group> find(long organisationId, long groupId) {
        return groups.find(organisationId, groupId);
    }

    public List<Member> currentMembers(long organisationId, long groupId) {
        return members.current(organisationId, groupId);
    }

    /** The items on the group's induction checklist, in order. */
    public List<Long> inductionItemIds(long organisationId, long groupId) {
        return members.induction(organisationId, groupId).stream().map(InductionItem::id).toList();
    }

    /** Who was in the group on a day: the people whose attendance at its meeting that day counts. */
    public List<Member> membersOn(long organisationId, long groupId, LocalDate day) {
        return members.onDate(organisationId, groupId, day);
    }

    /** Whether a meeting of the group on a day, with these people there, was quorate. */
    public Quorum quorum(long organisationId, long groupId, LocalDate day, Collection<Long> presentPersonIds) {
        Group group = groups.find(organisationId, groupId).orElseThrow();
        List<Member> present = members.onDate(organisationId, groupId, day).stream()
                .filter(member -> presentPersonIds.contains(member.personId()))
                .toList();
        return Quorum.of(group, present, day);
    }
}
