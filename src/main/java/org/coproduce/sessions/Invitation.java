package org.coproduce.sessions;

import java.time.Instant;

/**
 * Someone invited to a session, and what they said.
 *
 * @param reply           null until they reply
 * @param emailFailed     why the invitation email could not be sent, or null
 * @param consentToRecord whether they agree to the session being recorded: "YES", "NO", or null when not asked yet
 */
public record Invitation(long id, long personId, String name, String email, Instant invitedAt,
        Instant emailSentAt, String emailFailed, Reply reply, Instant repliedAt, String consentToRecord) {

    /** Coming or maybe coming: their needs have to be arranged all the same. */
    public boolean mayCome() {
        return reply == Reply.YES || reply == Reply.MAYBE;
    }

    public boolean refusedRecording() {
        return "NO".equals(consentToRecord);
    }
}
