package org.coproduce.publishing;

import java.time.Instant;

/** One published version of a page, kept for ever. */
public record PageVersion(int version, PageText text, Instant publishedAt, String publishedBy) {
}
