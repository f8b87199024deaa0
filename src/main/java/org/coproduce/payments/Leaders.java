package org.coproduce.payments;

import org.coproduce.groups.Groups;
import org.coproduce.groups.MemberRole;
import org.coproduce.projects.ProjectRole;
import org.coproduce.projects.Projects;
import org.coproduce.sessions.Session;
import org.coproduce.sessions.Sessions;
import org.springframework.stereotype.Component;

/** Whether someone led a session: they co-chaired its group on the day, or co-lead its project. Leading can pay more. */
@Component
class Leaders {

    private final Sessions sessions;
    private final Groups groups;
    private final Projects projects;

    Leaders(Sessions sessions, Groups groups, Projects projects) {
        this.sessions = sessions;
        this.groups = groups;
        this.projects = projects;
    }

    boolean led(long organisationId, long sessionId, long personId) {
        Session session = sessions.find(organisationId, sessionId).orElse(null);
        if (session == null) {
            return false;
        }
        if (session.groupId() != null) {
            return groups.membersOn(organisationId, session.groupId(), session.day()).stream()
                    .anyMatch(m -> m.personId() == personId && m.role() == MemberRole.CO_CHAIR);
        }
        return projects.team(organisationId, session.projectId()).stream()
                .anyMatch(m -> m.personId() == personId && m.role() == ProjectRole.CO_LEAD);
    }
}
