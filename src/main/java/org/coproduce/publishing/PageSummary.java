package org.coproduce.publishing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A page in a list: its newest published words, if any, and whether a draft is waiting.
 *
 * @param version the newest published version, or 0 when it has never been published
 * @param live whether the public can read it now
 */
public record PageSummary(long id, PageKind kind, String address, String title, String description, int version,
        Instant publishedAt, LocalDate meetingOn, boolean live, boolean draftWaiting) {
}
