package org.coproduce.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Group;
import org.coproduce.groups.Groups;
import org.coproduce.people.Register;
import org.coproduce.projects.Project;
import org.coproduce.projects.Projects;
import org.coproduce.web.Labels;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts together what a session's pages show, as the viewer may see it. */
@Component
@Transactional(readOnly = true)
class SessionViews {

    private final MeetingRepository sessions;
    private final AgendaRepository agenda;
    private final SessionInvitationRepository invitations;
    private final ArrangementRepository arrangements;
    private final Groups groups;
    private final Projects projects;
    private final Register register;
    private final Labels labels;

    SessionViews(MeetingRepository sessions, AgendaRepository agenda, SessionInvitationRepository invitations,
            ArrangementRepository arrangements, Groups groups, Projects projects, Register register, Labels labels) {
        this.sessions = sessions;
        this.agenda = agenda;
        this.invitations = invitations;
        this.arrangements = arrangements;
        this.groups = groups;
        this.projects = projects;
        this.register = register;
        this.labels = labels;
    }

    Session session(CurrentUser user, long id) {
        return sessions.find(user.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    SessionHost host(CurrentUser user, Session session) {
        if (session.groupId() != null) {
            return groupHost(user, session.groupId());
        }
        return projectHost(user, session.projectId());
    }

    SessionHost groupHost(CurrentUser user, long groupId) {
        Group group = groups.find(user.organisationId(), groupId).orElseThrow(NotFoundException::new);
        return new SessionHost(group.name(), "/groups/" + group.id(), "/groups/" + group.id() + "/meetings", "Meetings of " + group.name(), group);
    }

    SessionHost projectHost(CurrentUser user, long projectId) {
        Project project = projects.find(user.organisationId(), projectId).orElseThrow(NotFoundException::new);
        return new SessionHost(project.title(), "/projects/" + project.id(), "/projects/" + project.id() + "/sessions", "Sessions of " + project.title(), null);
    }

    SessionPage page(CurrentUser user, long id) {
        Session session = session(user, id);
        SessionHost host = host(user, session);
        long org = user.organisationId();
        List<Invitation> invited = invitations.forSession(org, id);
        boolean manages = user.isCoordinator();
        List<Candidate> candidates = candidates(org, session, invited);
        boolean seesPeople = manages || candidates.stream().anyMatch(c -> c.personId() == user.personId());
        List<Decision> decisions = sessions.decisions(org, id);
        if (!seesPeople) {
            decisions = decisions.stream().map(d -> new Decision(d.id(), d.text(), d.recordedBy(), d.recordedAt(), d.rung(), List.of())).toList();
        }
        return new SessionPage(session, host, seesPeople ? candidates : List.of(), seesPeople ? sessions.attendees(org, id) : java.util.Set.of(),
                new Agenda(agenda.items(org, id), session.minutes()), manages ? invited : List.of(),
                manages ? access(org, id, invited) : null, decisions, session.started(Instant.now()), manages, seesPeople);
    }

    /** The access needs of the people who said they are, or may be, coming, and which are arranged. Special category data. */
    AccessCheck access(long organisationId, long sessionId, List<Invitation> invited) {
        List<AccessCheck.Coming> coming = invited.stream().filter(Invitation::mayCome)
                .map(i -> {
                    var needs = register.accessAndCommunication(organisationId, i.personId());
                    return new AccessCheck.Coming(i.personId(), i.name(), needs.needs(), needs.formats(), needs.otherNeeds());
                })
                .toList();
        return AccessCheck.of(coming, arrangements.arranged(organisationId, sessionId));
    }

    /** The group's members now, or the project's team: the people a coordinator most likely wants to invite. */
    java.util.Set<Long> whoBelongs(long organisationId, Session session) {
        java.util.Set<Long> people = new java.util.HashSet<>();
        if (session.groupId() != null) {
            groups.currentMembers(organisationId, session.groupId()).forEach(m -> people.add(m.personId()));
        }
        if (session.projectId() != null) {
            projects.team(organisationId, session.projectId()).forEach(m -> people.add(m.personId()));
        }
        return people;
    }

    private List<Candidate> candidates(long organisationId, Session session, List<Invitation> invited) {
        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        if (session.groupId() != null) {
            groups.membersOn(organisationId, session.groupId(), session.day()).forEach(m -> candidates.put(m.personId(),
                    new Candidate(m.personId(), m.name(), labels.of(m.role()).toLowerCase(java.util.Locale.UK)
                            + (m.livedExperience() && m.role().isMember() ? ", lived or caring experience" : ""))));
        }
        if (session.projectId() != null) {
            projects.team(organisationId, session.projectId()).forEach(m -> candidates.putIfAbsent(m.personId(),
                    new Candidate(m.personId(), m.name(), labels.of(m.role()).toLowerCase(java.util.Locale.UK))));
        }
        invited.forEach(i -> candidates.putIfAbsent(i.personId(), new Candidate(i.personId(), i.name(),
                i.reply() == null ? "invited, no reply" : "invited, said " + labels.of(i.reply()).toLowerCase(java.util.Locale.UK))));
        return new ArrayList<>(candidates.values());
    }
}
