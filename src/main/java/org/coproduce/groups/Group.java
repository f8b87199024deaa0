package org.coproduce.groups;

/**
 * A board or group.
 *
 * @param livedExperienceTarget the share of members, as a percentage, the group aims to have with lived or caring
 *                              experience; null when it has not set one
 * @param reportsToId           the group its decisions go to, or null when it reports nowhere
 * @param quorum                how many members with lived or caring experience must be present for a meeting to
 *                              count; null when the group has not set one
 */
public record Group(
        long id,
        GroupKind kind,
        String name,
        String purpose,
        MeetingFrequency meets,
        Integer livedExperienceTarget,
        Long reportsToId,
        String reportsToName,
        Integer quorum) {
}
