package org.coproduce.notifications;

/** What an email is for, so that coordinators can tell at a glance what was sent. */
public enum EmailKind {
    SIGN_IN_LINK("Sign-in link"),
    ACCOUNT_INVITATION("Invitation to Coproduce"),
    NEW_ORGANISATION("Welcome to a new organisation"),
    SESSION_INVITATION("Invitation to a session"),
    SESSION_CHANGED("Session changed"),
    SESSION_REMINDER("Session reminder"),
    SESSION_FOLLOW_UP("Session follow-up"),
    PAYMENT_STATEMENT("Payment statement"),
    FEEDBACK_REPLY("Reply to feedback");

    private final String words;

    EmailKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
