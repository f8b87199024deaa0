package org.coproduce.organisations;

/** A council, NHS body, partnership or charity running a co-production programme. */
public record Organisation(long id, String slug, String name, String contactEmail) {
}
