package org.coproduce.assessment;

import org.coproduce.web.TextLimit;

/** The longest text each of the assessment forms takes; the tables have the same numbers (migration V026 onwards). */
public final class AssessmentLimits {

    public static final TextLimit ROUND_TITLE = new TextLimit("The title", 200);
    public static final TextLimit COMMENT = new TextLimit("The comment", 2_000);
    public static final TextLimit EVIDENCE = new TextLimit("The evidence", 2_000);
    public static final TextLimit AGREED_NOTE = new TextLimit("The note", 2_000);
    public static final TextLimit ACTION = new TextLimit("The action", 1_000);
    public static final TextLimit DONE_NOTE = new TextLimit("The note", 2_000);

    private AssessmentLimits() {
    }
}
