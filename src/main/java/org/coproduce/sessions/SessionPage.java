package org.coproduce.sessions;

import java.util.List;
import java.util.Set;
import org.coproduce.groups.Group;
import org.coproduce.groups.Member;
import org.coproduce.groups.Quorum;

/**
 * A session's page.
 *
 * @param members the group's members on the day of the session, for recording who came
 * @param quorum  null until attendance is recorded
 */
public record SessionPage(Session session, Group group, List<Member> members, Set<Long> attendees, Quorum quorum,
        List<Decision> decisions, boolean started, boolean canManage) {

    public boolean attended(Member member) {
        return attendees.contains(member.personId());
    }

    public boolean decisionsCount() {
        return quorum != null && quorum.quorate();
    }

    /** Decisions are marked when the group has a quorum and the meeting did not reach it, or nobody has said who came. */
    public boolean markDecisions() {
        return group.quorum() != null && !decisionsCount();
    }
}
