package org.coproduce.assessment;

/** How someone rates an indicator. "Don't know" is an honest answer, counted but left out of the averages. */
public enum Rating {
    DOING_WELL(2), GETTING_THERE(1), MORE_TO_DO(0), DONT_KNOW(-1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    /** 2 for doing well, 1 for getting there, 0 for more to do; negative for don't know. */
    int score() {
        return score;
    }

    boolean known() {
        return score >= 0;
    }
}
