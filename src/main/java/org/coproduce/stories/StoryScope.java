package org.coproduce.stories;

/** Who may read a story, chosen by the person who tells it. Each includes the ones before it. */
public enum StoryScope {
    /** The coordinators who run co-production. */
    TEAM,
    /** The coordinators and the board. */
    BOARD,
    /** Everyone, on the public pages. */
    PUBLIC;

    boolean reachesBoard() {
        return this != TEAM;
    }
}
