package org.coproduce.publishing;

import java.time.Instant;

/** Words being written for a page, not yet published. */
public record Draft(PageText text, Instant savedAt, String savedBy) {
}
