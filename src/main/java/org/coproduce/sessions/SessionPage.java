package org.coproduce.sessions;

import java.util.List;
import java.util.Set;
import org.coproduce.groups.Quorum;

/**
 * A session's page.
 *
 * @param candidates people who could be recorded as coming: the group's members on the day, the team, those invited
 * @param access     null unless the viewer may see people's access needs (coordinators)
 * @param invitations empty unless the viewer runs the session
 * @param seesPeople  the viewer may see who came and who made each decision: coordinators, and people who were
 *                    part of the session (coming to a session can say something about someone's health)
 */
public record SessionPage(Session session, SessionHost host, List<Candidate> candidates, Set<Long> attendees, Agenda agenda,
        List<Invitation> invitations, AccessCheck access, List<Decision> decisions, boolean started, boolean canManage,
        boolean seesPeople) {

    public Quorum quorum() {
        return session.quorum();
    }

    public boolean attended(Candidate candidate) {
        return attendees.contains(candidate.personId());
    }

    /** Whether the page speaks of the quorum at all: for meetings of a group that has one, now or when it met. */
    public boolean showsQuorum() {
        return session.needsQuorum() && host.group() != null
                && (host.group().quorum() != null || (quorum() != null && quorum().applies()));
    }

    /** Decisions are marked when the meeting did not reach its quorum, or nobody has said who came. */
    public boolean markDecisions() {
        return showsQuorum() && (quorum() == null || !quorum().quorate());
    }

    public long replies(Reply reply) {
        return invitations.stream().filter(i -> i.reply() == reply).count();
    }

    public long noReply() {
        return invitations.stream().filter(i -> i.reply() == null).count();
    }

    /** Someone coming has said no to recording: the session must not be recorded, and needs a notetaker. */
    public boolean mustNotRecord() {
        return invitations.stream().anyMatch(i -> i.reply() != Reply.NO && i.refusedRecording());
    }

    /** People coming who have not yet said whether the session may be recorded. */
    public long notAskedAboutRecording() {
        return invitations.stream().filter(i -> i.reply() != Reply.NO && i.consentToRecord() == null).count();
    }

    public List<Invitation> emailProblems() {
        return invitations.stream().filter(i -> i.emailFailed() != null || i.email() == null).toList();
    }
}
