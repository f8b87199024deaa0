package org.coproduce.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An email the in-process mail server received. */
public record ReceivedEmail(int number, String to, String subject, String body, Instant receivedAt, List<Attachment> attachments) {

    /** A file that came with the email. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A piece of the body: plain text, or a web address that can be shown as a link. */
    public record Part(String text, boolean link) {
    }

    public List<Part> bodyParts() {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = LINK.matcher(body);
        int end = 0;
        while (matcher.find()) {
            parts.add(new Part(body.substring(end, matcher.start()), false));
            parts.add(new Part(matcher.group(), true));
            end = matcher.end();
        }
        parts.add(new Part(body.substring(end), false));
        return parts;
    }

    /** The first web address in the body, such as a sign-in link. */
    public String firstLink() {
        Matcher matcher = LINK.matcher(body);
        return matcher.find() ? matcher.group() : null;
    }
}
