package org.coproduce.groups;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.Dates;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to who is in a group, with the rules that keep it sound: a person is in a group once at a time, terms end
 * after they start, a group that has co-chairs always keeps one, and the quorum stays within reach. Nothing is
 * overwritten: a change of role ends one spell and starts another.
 */
@Service
@Transactional
public class GroupChanges {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final Register register;

    private final ChampionRepository champions;

    GroupChanges(GroupRepository groups, MemberRepository members, Register register, ChampionRepository champions) {
        this.groups = groups;
        this.members = members;
        this.register = register;
        this.champions = champions;
    }

    public long create(CurrentUser by, GroupDetails details) {
        checkDetails(by, null, details);
        long id = groups.create(by.organisationId(), details);
        DefaultInduction.ITEMS.forEach(item -> members.addInductionItem(by.organisationId(), id, item));
        return id;
    }

    public void update(CurrentUser by, long groupId, GroupDetails details) {
        checkDetails(by, groupId, details);
        groups.update(by.organisationId(), groupId, details);
    }

    public long addMember(CurrentUser by, long groupId, long personId, MemberRole role, LocalDate joinedOn, LocalDate termEndsOn) {
        Group group = group(by, groupId);
        if (register.find(by.organisationId(), personId).filter(p -> !p.archived()).isEmpty()) {
            throw new Refused("personId", "Choose someone from the register");
        }
        if (members.current(by.organisationId(), groupId).stream().anyMatch(m -> m.personId() == personId)) {
            throw new Refused("personId", "This person is already in " + group.name() + ". To change their role, choose them in the list of members");
        }
        if (joinedOn.isAfter(LocalDate.now(Dates.LONDON))) {
            throw new Refused("joinedOn", "The day they joined must be today or in the past. Add them on the day they join");
        }
        LocalDate lastLeft = members.lastLeft(by.organisationId(), groupId, personId);
        if (lastLeft != null && joinedOn.isBefore(lastLeft)) {
            throw new Refused("joinedOn", "They left the group on " + Dates.date(lastLeft) + ", so they can only rejoin on or after that day");
        }
        checkTerm(joinedOn, termEndsOn);
        try {
            return members.add(by.organisationId(), groupId, personId, role, joinedOn, termEndsOn);
        } catch (DuplicateKeyException alreadyAddedByAnotherTab) {
            throw new Refused("personId", "This person is already in " + group.name());
        }
    }

    /** A new role starts today. The old spell ends today and stays in the group's history. */
    public void changeRole(CurrentUser by, long groupId, long memberId, MemberRole role, LocalDate termEndsOn) {
        Group group = group(by, groupId);
        Member member = currentMember(by, groupId, memberId);
        LocalDate today = LocalDate.now(Dates.LONDON);
        checkTerm(today, termEndsOn);
        List<Member> before = members.current(by.organisationId(), groupId);
        List<Member> after = before.stream().map(m -> m.id() == memberId ? withRole(m, role) : m).toList();
        keepsACoChair(group, before, after, "role");
        members.close(by.organisationId(), memberId, today);
        long newSpell = members.add(by.organisationId(), groupId, member.personId(), role, today, termEndsOn);
        members.copyTicks(by.organisationId(), memberId, newSpell);
    }

    /**
     * Someone leaves. This may leave the quorum out of reach, which the group page then shows: people leave whether or
     * not the numbers suit us. Only the last co-chair must hand over first, so the group is never left without one.
     */
    public void leave(CurrentUser by, long groupId, long memberId, LocalDate leftOn) {
        Group group = group(by, groupId);
        Member member = currentMember(by, groupId, memberId);
        if (leftOn.isAfter(LocalDate.now(Dates.LONDON))) {
            throw new Refused("leftOn", "The day they left must be today or in the past. Come back on the day they leave");
        }
        if (leftOn.isBefore(member.joinedOn())) {
            throw new Refused("leftOn", "The day they left must be on or after the day they joined, " + Dates.date(member.joinedOn()));
        }
        List<Member> before = members.current(by.organisationId(), groupId);
        List<Member> after = before.stream().filter(m -> m.id() != memberId).toList();
        keepsACoChair(group, before, after, "leftOn");
        members.close(by.organisationId(), memberId, leftOn);
    }

    /** Saves a new version of the terms of reference; the old versions stay. Returns the new version's number. */
    public int writeTerms(CurrentUser by, long groupId, String text) {
        group(by, groupId);
        return groups.addTerms(by.organisationId(), groupId, text, by.personId());
    }

    /** Records which induction items a member has done. Items of other groups are ignored. */
    public void recordInduction(CurrentUser by, long groupId, long memberId, java.util.Collection<Long> done) {
        currentMember(by, groupId, memberId);
        java.util.Set<Long> items = members.induction(by.organisationId(), groupId).stream()
                .map(InductionItem::id).collect(java.util.stream.Collectors.toSet());
        members.setTicked(by.organisationId(), memberId, done.stream().filter(items::contains).distinct().toList(), by.personId());
    }

    /** Records a champion's training, or work they supported. They must be in the champions network. */
    public void recordChampionWork(CurrentUser by, long networkId, long personId, ChampionActivity kind, String what, LocalDate on) {
        Group network = group(by, networkId);
        if (network.kind() != GroupKind.CHAMPIONS_NETWORK) {
            throw new NotFoundException();
        }
        if (members.current(by.organisationId(), networkId).stream().noneMatch(m -> m.personId() == personId && m.role().isMember())) {
            throw new Refused("personId", "Choose a champion from the list");
        }
        champions.add(by.organisationId(), personId, kind, what, on);
    }

    private void checkDetails(CurrentUser by, Long groupId, GroupDetails details) {
        if (groups.nameTaken(by.organisationId(), details.name(), groupId)) {
            throw new Refused("name", "There is already a group called " + details.name() + ". Choose another name");
        }
        if (details.reportsTo() != null) {
            if (groups.find(by.organisationId(), details.reportsTo()).isEmpty()) {
                throw new Refused("reportsTo", "Choose a group from the list");
            }
            if (groupId != null && (details.reportsTo().equals(groupId)
                    || groups.reportingChain(by.organisationId(), details.reportsTo()).contains(groupId))) {
                throw new Refused("reportsTo", "A group cannot report to itself, or to a group that reports to it");
            }
        }
        if (groupId == null && details.quorum() != null) {
            throw new Refused("quorum", "A new group has no members yet. Add its members first, then set the quorum");
        }
        if (groupId != null && details.quorum() != null) {
            int lived = GroupHealth.of(groups.find(by.organisationId(), groupId).orElseThrow(NotFoundException::new),
                    members.current(by.organisationId(), groupId)).membersWithLivedExperience();
            if (details.quorum() > lived) {
                throw new Refused("quorum", "The quorum needs " + details.quorum() + " members with lived or caring experience, "
                        + "but the group has " + lived + ". Add members first, or set a smaller quorum");
            }
        }
    }

    private static void checkTerm(LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw new Refused("termEndsOn", "The term must end on or after the day it starts");
        }
    }

    private static void keepsACoChair(Group group, List<Member> before, List<Member> after, String field) {
        boolean hadOne = before.stream().anyMatch(m -> m.role() == MemberRole.CO_CHAIR);
        boolean keepsOne = after.stream().anyMatch(m -> m.role() == MemberRole.CO_CHAIR);
        if (hadOne && !keepsOne) {
            throw new Refused(field, group.name() + " would have no co-chair. Make someone else co-chair first");
        }
    }

    private Group group(CurrentUser by, long groupId) {
        return groups.find(by.organisationId(), groupId).orElseThrow(NotFoundException::new);
    }

    private Member currentMember(CurrentUser by, long groupId, long memberId) {
        return members.find(by.organisationId(), groupId, memberId).filter(Member::current).orElseThrow(NotFoundException::new);
    }

    private static Member withRole(Member m, MemberRole role) {
        return new Member(m.id(), m.personId(), m.name(), role, m.joinedOn(), m.termEndsOn(), m.leftOn(), m.livedExperience(),
                m.inductionDone(), m.inductionTotal());
    }
}
