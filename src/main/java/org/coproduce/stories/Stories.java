package org.coproduce.stories;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.coproduce.sessions.AgendaKind;
import org.coproduce.sessions.Session;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Telling, sharing and withdrawing stories, with a record of every choice the person made about who reads them. */
@Service
@Transactional
public class Stories {

    /** Said on an agenda: never the story's title, so that nothing of it stays there if it is withdrawn. */
    static final String AGENDA_TITLE = "Hearing a story from a member";

    private final StoryRepository stories;
    private final Sessions sessions;
    private final Register register;

    Stories(StoryRepository stories, Sessions sessions, Register register) {
        this.stories = stories;
        this.sessions = sessions;
        this.register = register;
    }

    /**
     * Keeps a story told by someone, or recorded with them by a coordinator.
     *
     * @param audio a recording, already checked, or null
     */
    public long tell(CurrentUser by, long personId, StoryForm form, AudioFile audio) {
        if (!mayShare(by, personId, form.scope())) {
            throw new IllegalStateException("A story recorded for someone else goes beyond the team only with their consent to share it");
        }
        long id = stories.add(by.organisationId(), personId, form, audio, by.personId());
        stories.recordEvent(by.organisationId(), id, "TOLD", form.scope(), by.personId());
        return id;
    }

    /**
     * The story with the readers it may have now: one recorded for someone goes back to the team alone if they have
     * since withdrawn their consent to share their story, wherever it is read.
     */
    public Story asSharedNow(long organisationId, Story story) {
        if (needsTheirConsent(story) && !register.hasConsented(organisationId, story.personId(), ConsentPurpose.SHARE_STORY)) {
            return story.withScope(StoryScope.TEAM);
        }
        return story;
    }

    /** As {@link #asSharedNow(long, Story)} for a list, asking for everyone's consent once instead of once a story. */
    List<Story> asSharedNow(long organisationId, List<Story> stories) {
        if (stories.stream().noneMatch(Stories::needsTheirConsent)) {
            return stories;
        }
        Set<Long> stillAgreeing = register.whoConsented(organisationId, ConsentPurpose.SHARE_STORY);
        return stories.stream()
                .map(s -> needsTheirConsent(s) && !stillAgreeing.contains(s.personId()) ? s.withScope(StoryScope.TEAM) : s)
                .toList();
    }

    private static boolean needsTheirConsent(Story story) {
        return story.recordedForThem() && story.scope() != StoryScope.TEAM;
    }

    /** Someone shares their own story as they choose; a story recorded for them goes beyond the team only with their consent. */
    boolean mayShare(CurrentUser by, long personId, StoryScope scope) {
        return personId == by.personId() || scope == StoryScope.TEAM
                || register.hasConsented(by.organisationId(), personId, ConsentPurpose.SHARE_STORY);
    }

    void changeScope(CurrentUser by, Story story, StoryScope scope) {
        if (!stories.changeScope(by.organisationId(), story.id(), scope)) {
            return;
        }
        stories.recordEvent(by.organisationId(), story.id(), "SCOPE_CHANGED", scope, by.personId());
        if (!scope.reachesBoard()) {
            takeOffAgendasToCome(by, story.id());
        }
    }

    /** Erases the story everywhere at once, and takes it off the agendas of meetings still to come. */
    void withdraw(CurrentUser by, Story story) {
        if (stories.withdraw(by.organisationId(), story.id(), by.personId())) {
            stories.recordEvent(by.organisationId(), story.id(), "WITHDRAWN", null, by.personId());
            takeOffAgendasToCome(by, story.id());
        }
    }

    /** As {@link #addToMeeting}, for a story known by its id: for demo data and records brought in from elsewhere. */
    public void hearAt(CurrentUser by, long storyId, long sessionId) {
        addToMeeting(by, stories.find(by.organisationId(), storyId).orElseThrow(NotFoundException::new), sessionId);
    }

    /** Puts a story on a board or working group meeting's agenda. Only stories the board may read can go there. */
    void addToMeeting(CurrentUser by, Story story, long sessionId) {
        Session meeting = sessions.find(by.organisationId(), sessionId).filter(s -> s.groupId() != null)
                .orElseThrow(NotFoundException::new);
        if (story.withdrawn() || !story.scope().reachesBoard() || stories.heardAt(by.organisationId(), story.id(), sessionId)) {
            return;
        }
        long item = sessions.addAgendaItem(by, sessionId, AgendaKind.DISCUSSION, AGENDA_TITLE, 15);
        stories.addToMeeting(by.organisationId(), story.id(), sessionId, meeting.groupId(), item, by.personId());
        stories.recordEvent(by.organisationId(), story.id(), "ADDED_TO_MEETING", story.scope(), by.personId());
    }

    private void takeOffAgendasToCome(CurrentUser by, long storyId) {
        Instant now = Instant.now();
        for (StoryRepository.Heard heard : stories.meetings(by.organisationId(), storyId)) {
            boolean toCome = sessions.find(by.organisationId(), heard.sessionId()).map(s -> s.startsAt().isAfter(now)).orElse(false);
            if (!toCome) {
                continue;
            }
            if (heard.agendaItemId() != null) {
                sessions.removeAgendaItemIfPresent(by, heard.sessionId(), heard.agendaItemId());
            }
            stories.takeOffMeeting(by.organisationId(), storyId, heard.sessionId());
        }
    }
}
