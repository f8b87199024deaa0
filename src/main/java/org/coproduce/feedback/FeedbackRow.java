package org.coproduce.feedback;

/** A line in the coordinator's list: the feedback, and how it stands against the promise until it is answered. */
public record FeedbackRow(Feedback feedback, Deadline deadline) {
}
