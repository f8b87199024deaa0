package org.coproduce.publishing;

import java.time.Instant;

/** A page at a stable address. Its words are in its draft and versions. */
public record PublicPage(long id, PageKind kind, String address, Instant createdAt, Instant unpublishedAt) {
}
