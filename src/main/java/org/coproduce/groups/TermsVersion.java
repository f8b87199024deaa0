package org.coproduce.groups;

import java.time.Instant;

/** One version of a group's terms of reference. Versions are never changed: a change is a new version. */
public record TermsVersion(int version, String text, String writtenBy, Instant createdAt) {
}
