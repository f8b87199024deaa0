package org.coproduce.sessions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Groups;
import org.coproduce.groups.Member;
import org.coproduce.groups.Quorum;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning sessions and recording what happened at them. */
@Service
@Transactional
public class Sessions {

    /** Who came and what was decided can only be recorded once the session has started. */
    public static class NotYet extends RuntimeException {
        NotYet() {
            super("This session has not started yet");
        }
    }

    private final MeetingRepository sessions;
    private final Groups groups;

    Sessions(MeetingRepository sessions, Groups groups) {
        this.sessions = sessions;
        this.groups = groups;
    }

    public long plan(CurrentUser by, long groupId, SessionDetails details) {
        groups.find(by.organisationId(), groupId).orElseThrow(NotFoundException::new);
        return sessions.create(by.organisationId(), groupId, details);
    }

    /**
     * Records who came, replacing any earlier record. Only people in the group on the day can be recorded.
     *
     * @return whether the meeting was quorate with them there
     */
    public Quorum recordAttendance(CurrentUser by, long sessionId, Collection<Long> present) {
        Session session = sessions.find(by.organisationId(), sessionId).orElseThrow(NotFoundException::new);
        Set<Long> members = groups.membersOn(by.organisationId(), session.groupId(), session.day()).stream()
                .map(Member::personId).collect(Collectors.toSet());
        if (!session.started(Instant.now())) {
            throw new NotYet();
        }
        List<Long> chosen = present.stream().filter(members::contains).distinct().toList();
        Quorum quorum = groups.quorum(by.organisationId(), session.groupId(), session.day(), chosen);
        sessions.recordAttendance(by.organisationId(), sessionId, chosen, quorum, by.personId());
        return quorum;
    }

    public void decide(CurrentUser by, long sessionId, String text) {
        Session session = sessions.find(by.organisationId(), sessionId).orElseThrow(NotFoundException::new);
        if (!session.started(Instant.now())) {
            throw new NotYet();
        }
        sessions.addDecision(by.organisationId(), sessionId, text, by.personId());
    }
}
