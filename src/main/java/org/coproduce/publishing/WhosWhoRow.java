package org.coproduce.publishing;

/** A person in the coordinator's list for who's who: whether they have an entry, and whether it can be shown. */
public record WhosWhoRow(long personId, String fullName, WhosWhoEntry entry, boolean nameShown) {
}
