package org.coproduce.groups;

/**
 * Whether a meeting of a group was quorate.
 *
 * @param required         members with lived or caring experience needed; null when the group has no quorum
 * @param livedExperience  how many of them were there
 */
public record Quorum(Integer required, int livedExperience) {

    /**
     * Counts the members at a meeting with lived or caring experience. Advisers, staff, and people who were not in the
     * group that day do not count.
     */
    static Quorum of(Group group, java.util.List<Member> present, java.time.LocalDate day) {
        long lived = present.stream()
                .filter(m -> !m.joinedOn().isAfter(day) && (m.leftOn() == null || !m.leftOn().isBefore(day)))
                .filter(m -> m.role().isMember() && m.livedExperience())
                .count();
        return new Quorum(group.quorum(), (int) lived);
    }

    public boolean applies() {
        return required != null;
    }

    public boolean quorate() {
        return required == null || livedExperience >= required;
    }
}
