package org.coproduce.feedback;

/** Where a piece of feedback is: every piece gets a reply, even if the person did not ask for one. */
public enum FeedbackStatus {
    RECEIVED, LOOKING, RESPONDED
}
