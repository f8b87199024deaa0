package org.coproduce.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of feedback and what we did with it. Everything in it but the reference and the dates came from someone
 * outside, so it is only ever shown escaped.
 *
 * @param name       null when they chose to stay anonymous
 * @param publicText their words as shown on "you said, we did", with anything personal taken out
 * @param publicResponse our reply as shown there: the reply was written to them, and may greet them by name
 */
public record Feedback(
        long id,
        String reference,
        String about,
        String body,
        String name,
        String email,
        String phone,
        String postalAddress,
        ReplyBy replyBy,
        boolean mayPublish,
        FeedbackStatus status,
        Instant receivedAt,
        LocalDate dueOn,
        Instant lookedAt,
        Instant respondedAt,
        String response,
        String publicText,
        String publicResponse,
        Instant publishedAt) {

    public boolean responded() {
        return status == FeedbackStatus.RESPONDED;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean canBePublished() {
        return mayPublish && responded();
    }

    /** What happens to the reply once it is saved, for the hint under the reply box. */
    public String replyHint() {
        switch (replyBy) {
            case EMAIL:
                return "We will email this to " + email + ", with their feedback quoted.";
            case PHONE:
                return "They asked for a phone call. Call them, then write here what you told them.";
            case POST:
                return "They asked for a letter. Write the reply here, then post it to them.";
            default:
                return "They did not ask for a reply. Write one anyway: it shows what we did, and can go on \"you said, we did\".";
        }
    }

    /** How to reach them, as they gave it, or null when they asked for no reply. */
    public String contact() {
        switch (replyBy) {
            case EMAIL:
                return email;
            case PHONE:
                return phone;
            case POST:
                return postalAddress;
            default:
                return null;
        }
    }
}
