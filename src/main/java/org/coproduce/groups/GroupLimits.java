package org.coproduce.groups;

import org.coproduce.web.TextLimit;
import org.coproduce.writing.WritingCheck;

/** The longest text each of the groups forms takes; migration V039 gives the database the same numbers. */
public final class GroupLimits {

    public static final TextLimit NAME = new TextLimit("The name", 120);
    public static final TextLimit PURPOSE = new TextLimit("What the group is for", 5_000);
    /** As much as the plain English check reads. */
    public static final TextLimit TERMS = new TextLimit("The terms of reference", WritingCheck.MAX_CHARACTERS);
    public static final TextLimit INDUCTION_ITEM = new TextLimit("Each item", 300);
    public static final TextLimit CHAMPION_RECORD = new TextLimit("What they did", 300);

    private GroupLimits() {
    }
}
