package org.coproduce.groups;

/**
 * What describes a group, already checked.
 *
 * @param target    the share of members with lived or caring experience the group aims for, as a percentage, or null
 * @param reportsTo the group its decisions go to, or null when it takes the decisions itself
 * @param quorum    members with lived or caring experience needed at a meeting, or null
 */
public record GroupDetails(GroupKind kind, String name, String purpose, MeetingFrequency meets, Integer target, Long reportsTo,
        Integer quorum) {
}
