package org.coproduce.notifications;

import java.util.List;

/**
 * A plain-text email to one person, with any files attached. Plain text reads well in every mail program and with
 * every screen reader.
 */
public record Email(String to, String subject, String body, List<Attachment> attachments) {

    /** A file sent with an email, such as a calendar invitation. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    public Email(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    public Email {
        attachments = List.copyOf(attachments);
    }
}
