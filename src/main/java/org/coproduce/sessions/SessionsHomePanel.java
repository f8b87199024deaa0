package org.coproduce.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.Dates;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinator about sessions in the coming weeks where someone's access need is not arranged yet, and
 * about recent sessions whose people have not heard what difference they made.
 */
@Component
@Order(5)
class SessionsHomePanel implements HomePanel {

    static final Duration LOOK_AHEAD = Duration.ofDays(42);
    /** Sessions further back than this are no longer flagged: the moment has passed. */
    static final Duration FOLLOW_UP_WITHIN = Duration.ofDays(90);

    private final MeetingRepository sessions;
    private final SessionInvitationRepository invitations;
    private final SessionViews views;

    SessionsHomePanel(MeetingRepository sessions, SessionInvitationRepository invitations, SessionViews views) {
        this.sessions = sessions;
        this.invitations = invitations;
        this.views = views;
    }

    @Override
    public List<HomeFlag> flagsFor(SignedInUser user) {
        if (!user.isCoordinator()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<HomeFlag> flags = new ArrayList<>();
        for (Session session : sessions.startingBetween(user.organisationId(), now, now.plus(LOOK_AHEAD))) {
            var unmet = views.access(user.organisationId(), session.id(), invitations.forSession(user.organisationId(), session.id())).unmet();
            if (!unmet.isEmpty()) {
                flags.add(new HomeFlag(session.title() + " on " + Dates.date(session.day()) + ": "
                                + (unmet.size() == 1 ? "1 access need is" : unmet.size() + " access needs are") + " not arranged",
                        "Someone coming needs something to take part, such as an interpreter or papers in another format. "
                                + "Without it, they may not be able to come, or to have their say.",
                        "/sessions/" + session.id() + "#access", "Arrange what people need for " + session.title()));
            }
        }
        for (Session session : sessions.startingBetween(user.organisationId(), now.minus(FOLLOW_UP_WITHIN), now)) {
            if (!session.closed() && session.endsAt().isBefore(now) && session.attendanceRecordedAt() != null) {
                flags.add(new HomeFlag(session.title() + " on " + Dates.date(session.day()) + " has not been followed up",
                        "People who took part should hear what difference they made. Send follow-up, or close the session with a reason.",
                        "/sessions/" + session.id() + "/follow-up", "Follow up " + session.title()));
            }
        }
        return flags;
    }
}
