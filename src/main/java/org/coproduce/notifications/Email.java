package org.coproduce.notifications;

/** A plain-text email to one person. Plain text reads well in every mail program and with every screen reader. */
public record Email(String to, String subject, String body) {
}
