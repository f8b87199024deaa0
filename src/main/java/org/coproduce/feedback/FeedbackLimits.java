package org.coproduce.feedback;

import org.coproduce.web.TextLimit;

/** The longest text each feedback form takes; the feedback table has the same numbers (migration V021). */
public final class FeedbackLimits {

    public static final TextLimit ABOUT = new TextLimit("What your feedback is about", 200);
    public static final TextLimit BODY = new TextLimit("Your feedback", 5_000);
    public static final TextLimit NAME = new TextLimit("Your name", 100);
    public static final TextLimit EMAIL = new TextLimit("Your email address", 254);
    public static final TextLimit PHONE = new TextLimit("Your phone number", 30);
    public static final TextLimit ADDRESS = new TextLimit("Your address", 500);
    public static final TextLimit RESPONSE = new TextLimit("Your reply", 10_000);
    public static final TextLimit PUBLIC_TEXT = new TextLimit("Their feedback", BODY.max());
    public static final TextLimit PUBLIC_RESPONSE = new TextLimit("Our reply", RESPONSE.max());

    private FeedbackLimits() {
    }
}
