package org.coproduce.projects;

import org.coproduce.web.TextLimit;

/** The longest text each of the projects forms takes; migration V039 gives the database the same numbers. */
public final class ProjectLimits {

    public static final TextLimit TITLE = new TextLimit("The title", 150);
    public static final TextLimit PURPOSE = new TextLimit("What the project is for", 10_000);
    public static final TextLimit OUTCOMES_HOPED = new TextLimit("The outcomes you hope for", 10_000);
    public static final TextLimit OUTCOMES_UNINTENDED = new TextLimit("The outcomes nobody planned", 10_000);
    public static final TextLimit LADDER_WHY = new TextLimit("Why it is there", 2_000);
    public static final TextLimit ANSWER = new TextLimit("Each answer", 5_000);
    public static final TextLimit NOTE = new TextLimit("Each note", 5_000);
    public static final TextLimit STAKEHOLDER = new TextLimit("Who they are", 150);
    public static final TextLimit WHY_MISSING = new TextLimit("Why they are not involved", 2_000);
    public static final TextLimit PLAN = new TextLimit("What you will do", 2_000);

    private ProjectLimits() {
    }
}
