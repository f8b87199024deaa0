package org.coproduce.projects;

import java.util.List;

/** How a project's place on the ladder of participation has changed since it was first placed. */
public record LadderMove(Rung from, Rung to) {

    /**
     * @param history newest first, as the project page shows it
     * @return null when the project has been placed fewer than twice
     */
    public static LadderMove of(List<LadderStep> history) {
        if (history.size() < 2) {
            return null;
        }
        return new LadderMove(history.get(history.size() - 1).rung(), history.get(0).rung());
    }

    public boolean up() {
        return to.ordinal() > from.ordinal();
    }

    public boolean down() {
        return to.ordinal() < from.ordinal();
    }

    /** Moved from doing to or for people to doing with them, or the other way. */
    public boolean changedBand() {
        return from.band() != to.band();
    }
}
