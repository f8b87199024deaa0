package org.coproduce.groups;

/** A group in the list, with how it is doing. */
public record GroupSummary(Group group, GroupHealth health) {
}
