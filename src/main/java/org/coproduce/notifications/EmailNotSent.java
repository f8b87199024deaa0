package org.coproduce.notifications;

/** The mail server could not take the email. Callers tell the person in plain words and keep what they saved. */
public class EmailNotSent extends RuntimeException {

    EmailNotSent(String to, Throwable cause) {
        super("Could not send an email to " + to, cause);
    }
}
