package org.coproduce.stories;

import java.time.Instant;

/**
 * A story, or the record that one was withdrawn (then its title, words and recording are gone).
 *
 * @param signed how the person wants to be named with it; null to stay anonymous
 * @param tellerName the teller's name, for the team and the teller only: never shown beyond what {@code signed} says
 */
public record Story(long id, long personId, String tellerName, String title, String words, String audioType,
        StoryScope scope, String signed, boolean toldWithHelp, Instant createdAt, Instant updatedAt, Instant withdrawnAt,
        String withdrawnBy, long recordedBy) {

    /** Someone else, such as a coordinator, recorded it for the teller. */
    public boolean recordedForThem() {
        return recordedBy != personId;
    }

    Story withScope(StoryScope narrower) {
        return new Story(id, personId, tellerName, title, words, audioType, narrower, signed, toldWithHelp, createdAt, updatedAt,
                withdrawnAt, withdrawnBy, recordedBy);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean hasAudio() {
        return audioType != null;
    }

    /** The name shown with the story to readers other than the team. */
    public String byline() {
        return signed == null ? "Someone in our partnership" : signed;
    }
}
