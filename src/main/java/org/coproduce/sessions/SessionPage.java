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
 */
public record SessionPage(Session session, Group group, List<Member> members, Set<Long> attendees,
        List<Decision> decisions, boolean started, boolean canManage) {

    /** Whether it was quorate, as it stood when attendance was recorded; null until then. */
    public Quorum quorum() {
        return session.quorum();
    }

    /** Whether the page speaks of the quorum at all: for meetings of a group that has one, now or when it met. */
    public boolean showsQuorum() {
        return session.needsQuorum() && (group.quorum() != null || (quorum() != null && quorum().applies()));
    }

    public boolean attended(Member member) {
        return attendees.contains(member.personId());
    }

    /** Decisions are marked when the meeting did not reach its quorum, or nobody has said who came. */
    public boolean markDecisions() {
        return showsQuorum() && (quorum() == null || !quorum().quorate());
    }
}
