package org.coproduce.sessions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Groups;
import org.coproduce.groups.Member;
import org.coproduce.groups.Quorum;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.organisations.Organisations;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.projects.Projects;
import org.coproduce.projects.TeamMember;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.coproduce.web.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Planning sessions, inviting people, arranging what they need, and recording what happened. */
@Service
@Transactional
public class Sessions {

    /** Who came and what was decided can only be recorded once the session has started. */
    public static class NotYet extends RuntimeException {
        NotYet() {
            super("This session has not started yet");
        }
    }

    /** What happened when people were invited. */
    public record Invited(List<String> invited, List<String> alreadyInvited, List<String> emailNotSent, List<String> noEmail) {
    }

    private final MeetingRepository sessions;
    private final AgendaRepository agenda;
    private final SessionInvitationRepository invitations;
    private final ArrangementRepository arrangements;
    private final SessionRecordRepository record;
    private final Groups groups;
    private final Projects projects;
    private final Register register;
    private final Organisations organisations;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final SiteAddress site;

    Sessions(MeetingRepository sessions, AgendaRepository agenda, SessionInvitationRepository invitations,
            ArrangementRepository arrangements, SessionRecordRepository record, Groups groups, Projects projects, Register register,
            Organisations organisations, Mailer mailer, ApplicationEventPublisher events, SiteAddress site) {
        this.record = record;
        this.sessions = sessions;
        this.agenda = agenda;
        this.invitations = invitations;
        this.arrangements = arrangements;
        this.groups = groups;
        this.projects = projects;
        this.register = register;
        this.organisations = organisations;
        this.mailer = mailer;
        this.events = events;
        this.site = site;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Session> find(long organisationId, long sessionId) {
        return sessions.find(organisationId, sessionId);
    }

    /** Plans a meeting of a group, with an agenda to start from. */
    public long plan(CurrentUser by, long groupId, SessionDetails details) {
        groups.find(by.organisationId(), groupId).orElseThrow(NotFoundException::new);
        return withTemplateAgenda(by, sessions.create(by.organisationId(), groupId, null, details), details);
    }

    /** Plans a session of a project, with an agenda to start from. */
    public long planForProject(CurrentUser by, long projectId, SessionDetails details) {
        projects.find(by.organisationId(), projectId).orElseThrow(NotFoundException::new);
        return withTemplateAgenda(by, sessions.create(by.organisationId(), null, projectId, details), details);
    }

    /**
     * Changes a session. Everyone invited who has not said no hears about a new name, time or place, with a calendar
     * file that replaces the old one.
     *
     * @return how many people were emailed about the change
     */
    public int update(CurrentUser by, long sessionId, SessionDetails details) {
        Session before = session(by.organisationId(), sessionId);
        sessions.update(by.organisationId(), sessionId, details);
        Session after = session(by.organisationId(), sessionId);
        if (!before.startsAt().equals(after.startsAt())) {
            sessions.forgetReminders(by.organisationId(), sessionId);
        }
        if (!SessionEmails.worthTelling(before, after) || after.started(Instant.now())) {
            return 0;
        }
        String organisation = organisations.get(by.organisationId()).name();
        int told = 0;
        for (Invitation invitation : invitations.forSession(by.organisationId(), sessionId)) {
            if (invitation.email() == null || invitation.reply() == Reply.NO) {
                continue;
            }
            String replyLink = replyLink(by.organisationId(), invitation);
            send(EmailKind.SESSION_CHANGED, by.organisationId(), invitation, SessionEmails.changed(before, after, invitation.name(), invitation.email(),
                    organisation, easyRead(by.organisationId(), invitation.personId()), replyLink,
                    calendar(after, organisation, replyLink)));
            told++;
        }
        return told;
    }

    /** @return the new item's id */
    public long addAgendaItem(CurrentUser by, long sessionId, AgendaKind kind, String title, int minutes) {
        session(by.organisationId(), sessionId);
        return agenda.add(by.organisationId(), sessionId, kind, title, minutes);
    }

    /** A group's meetings, past and planned. */
    public List<Session> ofGroup(long organisationId, long groupId) {
        return sessions.forGroup(organisationId, groupId);
    }

    /** Meetings of boards and working groups that start in the given time, soonest first. */
    public List<Session> groupMeetingsBetween(long organisationId, Instant from, Instant to) {
        return sessions.startingBetween(organisationId, from, to).stream().filter(s -> s.groupId() != null).toList();
    }

    /**
     * Takes an item off the agenda if it is still there, without failing the caller's transaction when it is not.
     *
     * @return whether it was there
     */
    public boolean removeAgendaItemIfPresent(CurrentUser by, long sessionId, long itemId) {
        return agenda.remove(by.organisationId(), sessionId, itemId);
    }

    public void removeAgendaItem(CurrentUser by, long sessionId, long itemId) {
        session(by.organisationId(), sessionId);
        if (!agenda.remove(by.organisationId(), sessionId, itemId)) {
            throw new NotFoundException();
        }
    }

    /** Moves an agenda item one place up (towards the start) or down. */
    public void moveAgendaItem(CurrentUser by, long sessionId, long itemId, boolean up) {
        session(by.organisationId(), sessionId);
        List<Long> order = new java.util.ArrayList<>(agenda.items(by.organisationId(), sessionId).stream().map(AgendaItem::id).toList());
        int at = order.indexOf(itemId);
        if (at < 0) {
            throw new NotFoundException();
        }
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < order.size()) {
            java.util.Collections.swap(order, at, to);
            agenda.reorder(by.organisationId(), sessionId, order);
        }
    }

    /**
     * Invites people by email, in the format each chose, with a calendar file. People already invited are not invited
     * twice; people without an email address are listed so that someone can phone them.
     */
    public Invited invite(CurrentUser by, long sessionId, Collection<Long> personIds) {
        Session session = session(by.organisationId(), sessionId);
        if (session.started(Instant.now())) {
            throw new Refused("personId", "This session has already started, so it is too late to invite people");
        }
        String organisation = organisations.get(by.organisationId()).name();
        List<String> invited = new java.util.ArrayList<>();
        List<String> already = new java.util.ArrayList<>();
        List<String> notSent = new java.util.ArrayList<>();
        List<String> noEmail = new java.util.ArrayList<>();
        List<Person> people = new java.util.LinkedHashSet<>(personIds).stream()
                .map(personId -> register.find(by.organisationId(), personId).filter(p -> !p.archived())
                        .orElseThrow(() -> new Refused("personId", "Choose people from the register")))
                .toList();
        for (Person person : people) {
            long personId = person.id();
            if (!invitations.add(by.organisationId(), sessionId, personId)) {
                already.add(person.displayName());
                continue;
            }
            Invitation invitation = invitations.find(by.organisationId(), sessionId, personId).orElseThrow();
            if (invitation.email() == null) {
                noEmail.add(person.displayName());
                continue;
            }
            String replyLink = replyLink(by.organisationId(), invitation);
            send(EmailKind.SESSION_INVITATION, by.organisationId(), invitation, SessionEmails.invitation(session, person.displayName(), invitation.email(),
                    organisation, easyRead(by.organisationId(), personId), replyLink, calendar(session, organisation, replyLink)));
            invited.add(person.displayName());
        }
        return new Invited(invited, already, notSent, noEmail);
    }

    /** Records someone's reply, from their email link or from their own sessions page. */
    public void reply(long organisationId, long sessionId, long personId, Reply reply, String consentToRecord) {
        Session session = session(organisationId, sessionId);
        if (session.started(Instant.now())) {
            throw new Refused("reply", "This session has already started, so replies are closed");
        }
        invitations.find(organisationId, sessionId, personId).orElseThrow(NotFoundException::new);
        invitations.reply(organisationId, sessionId, personId, reply, consentToRecord);
    }

    /** Records a reply on someone's behalf, for example after a phone call. */
    public void replyFor(CurrentUser by, long sessionId, long personId, Reply reply, String consentToRecord) {
        reply(by.organisationId(), sessionId, personId, reply, consentToRecord);
    }

    public void arrange(CurrentUser by, long sessionId, String need, String note) {
        session(by.organisationId(), sessionId);
        arrangements.arrange(by.organisationId(), sessionId, need, note, by.personId());
    }

    public void unarrange(CurrentUser by, long sessionId, String need) {
        session(by.organisationId(), sessionId);
        arrangements.unarrange(by.organisationId(), sessionId, need);
    }

    /** Who is recorded as having come to a session, as it stands now. */
    public Set<Long> attendees(long organisationId, long sessionId) {
        return sessions.attendees(organisationId, sessionId);
    }

    /**
     * Records who came, replacing any earlier record, and tells the rest of Coproduce (so that people can be paid).
     * Only the group's members on the day, the project's team and the people invited can be recorded.
     *
     * @return whether the meeting was quorate with them there; a quorum that does not apply when it is not a group's meeting
     */
    public Quorum recordAttendance(CurrentUser by, long sessionId, Collection<Long> present) {
        Session session = session(by.organisationId(), sessionId);
        if (!session.started(Instant.now())) {
            throw new NotYet();
        }
        Set<Long> allowed = whoCouldCome(by.organisationId(), session);
        List<Long> chosen = present.stream().filter(allowed::contains).distinct().toList();
        Quorum quorum = session.groupId() == null ? new Quorum(null, 0)
                : groups.quorum(by.organisationId(), session.groupId(), session.day(), chosen);
        sessions.recordAttendance(by.organisationId(), sessionId, chosen, quorum, by.personId());
        events.publishEvent(new SessionAttended(by.organisationId(), sessionId, session.startsAt(), session.endsAt(), chosen));
        return quorum;
    }

    public void decide(CurrentUser by, long sessionId, String text) {
        decide(by, sessionId, text, null, List.of());
    }

    /**
     * Records a decision, where it sits on the ladder, and who took part in making it (only people who came count).
     */
    public void decide(CurrentUser by, long sessionId, String text, org.coproduce.projects.Rung rung, Collection<Long> participants) {
        Session session = session(by.organisationId(), sessionId);
        if (!session.started(Instant.now())) {
            throw new NotYet();
        }
        Set<Long> came = sessions.attendees(by.organisationId(), sessionId);
        sessions.addDecision(by.organisationId(), sessionId, text, rung,
                participants.stream().filter(came::contains).distinct().toList(), by.personId());
    }

    /** Records who spoke on each agenda item. Only the session's own items and the people who came are kept. */
    public void recordContributions(CurrentUser by, long sessionId, Map<Long, Set<Long>> spoke) {
        Session session = startedSession(by, sessionId);
        Set<Long> items = new HashSet<>(agenda.items(by.organisationId(), session.id()).stream().map(AgendaItem::id).toList());
        Set<Long> came = sessions.attendees(by.organisationId(), sessionId);
        Map<Long, Set<Long>> kept = new java.util.HashMap<>();
        spoke.forEach((item, people) -> {
            if (items.contains(item)) {
                kept.put(item, people.stream().filter(came::contains).collect(java.util.stream.Collectors.toSet()));
            }
        });
        record.saveContributions(by.organisationId(), sessionId, kept);
    }

    /** Records an insight, in the words of someone who came, or of the group when {@code saidBy} is null. */
    public void addInsight(CurrentUser by, long sessionId, Long saidBy, String text, boolean ownWords) {
        startedSession(by, sessionId);
        if (saidBy != null && !sessions.attendees(by.organisationId(), sessionId).contains(saidBy)) {
            throw new Refused("saidBy", "Choose someone who came, or say it came from the group");
        }
        record.addInsight(by.organisationId(), sessionId, saidBy, text, ownWords, by.personId());
    }

    public void addAction(CurrentUser by, long sessionId, String what, long owner, LocalDate dueOn) {
        session(by.organisationId(), sessionId);
        if (register.find(by.organisationId(), owner).filter(p -> !p.archived()).isEmpty()) {
            throw new Refused("owner", "Choose who will do it from the register");
        }
        record.addAction(by.organisationId(), sessionId, what, owner, dueOn);
    }

    public void markActionDone(CurrentUser by, long sessionId, long actionId, String note) {
        session(by.organisationId(), sessionId);
        if (!record.markDone(by.organisationId(), sessionId, actionId, note)) {
            throw new NotFoundException();
        }
    }

    /**
     * Tells each person who came where their contribution made a difference, with a message to everyone, by email
     * and on their "Your impact" page; then closes the session.
     *
     * @param personal    what to tell each person, by person; people with nothing written get the message to everyone
     * @return how many people were emailed
     */
    public int sendFollowUp(CurrentUser by, long sessionId, Map<Long, String> personal, String toEveryone) {
        Session session = startedSession(by, sessionId);
        if (session.closed()) {
            throw new Refused("toEveryone", "Follow-up for this session has already been sent or skipped");
        }
        Set<Long> came = sessions.attendees(by.organisationId(), sessionId);
        if (came.isEmpty()) {
            throw new Refused("toEveryone", "Record who came before you send follow-up");
        }
        // Closing first means a second click, or a second tab, finds it closed and sends nothing.
        if (!sessions.close(by.organisationId(), sessionId, null)) {
            throw new Refused("toEveryone", "Follow-up for this session has already been sent or skipped");
        }
        if (toEveryone != null) {
            record.addFollowUp(by.organisationId(), sessionId, null, toEveryone, by.personId());
        }
        personal.forEach((person, text) -> {
            if (came.contains(person) && text != null) {
                record.addFollowUp(by.organisationId(), sessionId, person, text, by.personId());
            }
        });
        String organisation = organisations.get(by.organisationId()).name();
        int emailed = 0;
        for (long person : came) {
            String mine = personal.get(person);
            if (mine == null && toEveryone == null) {
                continue;
            }
            var found = register.find(by.organisationId(), person).filter(p -> p.email() != null && !p.archived());
            if (found.isEmpty()) {
                continue;
            }
            mailer.send(EmailKind.SESSION_FOLLOW_UP, by.organisationId(), person, SessionEmails.followUp(session,
                    found.get().displayName(), found.get().email(), organisation, easyRead(by.organisationId(), person), mine,
                    toEveryone, site.of("/your-impact")));
            emailed++;
        }
        return emailed;
    }

    /** Closes a session without follow-up, for a reason that is kept. */
    public void skipFollowUp(CurrentUser by, long sessionId, String reason) {
        Session session = startedSession(by, sessionId);
        if (session.closed() || !sessions.close(by.organisationId(), sessionId, reason)) {
            throw new Refused("reason", "Follow-up for this session has already been sent or skipped");
        }
    }

    /**
     * Sends reminders for sessions starting in the next day to people coming or maybe coming. Safe to run on every
     * server: each reminder is claimed in the same transaction that puts its email in the outbox, so nobody is
     * reminded twice, and a crash before commit leaves every reminder to be sent next time.
     */
    public int sendReminders(Instant now) {
        int sent = 0;
        for (var due : invitations.dueForReminder(now, now.plus(Duration.ofHours(24)))) {
            if (!invitations.claimReminder(due.organisationId(), due.invitationId())) {
                continue;
            }
            Session session = session(due.organisationId(), due.sessionId());
            Invitation invitation = invitations.find(due.organisationId(), due.sessionId(), due.personId()).orElseThrow();
            if (invitation.email() == null) {
                continue;
            }
            String organisation = organisations.get(due.organisationId()).name();
            send(EmailKind.SESSION_REMINDER, due.organisationId(), invitation, SessionEmails.reminder(session, invitation.name(), invitation.email(), organisation,
                    easyRead(due.organisationId(), due.personId()), replyLink(due.organisationId(), invitation)));
            sent++;
        }
        return sent;
    }

    /** The group's members on the day, the project's team, and everyone invited. */
    Set<Long> whoCouldCome(long organisationId, Session session) {
        Set<Long> people = new HashSet<>();
        if (session.groupId() != null) {
            groups.membersOn(organisationId, session.groupId(), session.day()).stream().map(Member::personId).forEach(people::add);
        }
        if (session.projectId() != null) {
            projects.team(organisationId, session.projectId()).stream().map(TeamMember::personId).forEach(people::add);
        }
        invitations.forSession(organisationId, session.id()).stream().map(Invitation::personId).forEach(people::add);
        return people;
    }

    private long withTemplateAgenda(CurrentUser by, long sessionId, SessionDetails details) {
        long minutes = Duration.between(details.startsAt(), details.endsAt()).toMinutes();
        Agenda.template(minutes).forEach(item -> agenda.add(by.organisationId(), sessionId, item.kind(), item.title(), item.minutes()));
        return sessionId;
    }

    /** Puts the email in the outbox; the invitation says it was sent once that commits. */
    private void send(EmailKind kind, long organisationId, Invitation invitation, org.coproduce.notifications.Email email) {
        mailer.send(kind, organisationId, invitation.personId(), email);
        invitations.emailSent(organisationId, invitation.id());
    }

    private boolean easyRead(long organisationId, long personId) {
        return SessionEmails.wantsEasyRead(register.accessAndCommunication(organisationId, personId));
    }

    private byte[] calendar(Session session, String organisation, String replyLink) {
        return CalendarFile.of(session, organisation, site.host(), replyLink, session.revision());
    }

    /** A link of its own for each email: only tokens' hashes are kept, so an earlier one cannot be sent again. */
    private String replyLink(long organisationId, Invitation invitation) {
        return site.of("/reply/" + invitations.newReplyToken(organisationId, invitation.id()));
    }

    private Session startedSession(CurrentUser by, long sessionId) {
        Session session = session(by.organisationId(), sessionId);
        if (!session.started(Instant.now())) {
            throw new NotYet();
        }
        return session;
    }

    private Session session(long organisationId, long sessionId) {
        return sessions.find(organisationId, sessionId).orElseThrow(NotFoundException::new);
    }
}
