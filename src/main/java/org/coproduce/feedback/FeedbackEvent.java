package org.coproduce.feedback;

import java.time.Instant;

/** One thing that happened to a piece of feedback, for its history. */
public record FeedbackEvent(String what, Instant at, String by) {
}
