package org.coproduce.projects;

import java.util.List;

/**
 * A project's page.
 *
 * @param ladder where it has sat on the ladder of participation, newest first
 */
public record ProjectPage(Project project, List<TeamMember> team, List<LadderStep> ladder, Preparation preparation,
        boolean canManage) {

    /** At least one co-lead with lived or caring experience is expected. */
    public boolean hasLivedExperienceCoLead() {
        return team.stream().anyMatch(m -> m.role() == ProjectRole.CO_LEAD && m.livedExperience());
    }

    /** How far the project has moved on the ladder since it was first placed, or null. */
    public LadderMove ladderMove() {
        return LadderMove.of(ladder);
    }

    public LadderStep currentRung() {
        return ladder.isEmpty() ? null : ladder.get(0);
    }
}
