package org.coproduce.sessions;

import org.coproduce.web.TextLimit;

/** The longest text each of the sessions forms takes; migration V039 gives the database the same numbers. */
public final class SessionLimits {

    public static final TextLimit TITLE = new TextLimit("The title", 150);
    public static final TextLimit PURPOSE = new TextLimit("The purpose", 5_000);
    public static final TextLimit INTENDED_OUTCOMES = new TextLimit("What you hope will come out of it", 5_000);
    public static final TextLimit PLACE = new TextLimit("Where it is", 300);
    public static final TextLimit ONLINE_LINK = new TextLimit("The link to join", 2_000);
    public static final TextLimit AGENDA_TITLE = new TextLimit("The agenda item", 200);
    public static final TextLimit DECISION = new TextLimit("Each decision", 2_000);
    public static final TextLimit INSIGHT = new TextLimit("The insight", 5_000);
    public static final TextLimit ACTION = new TextLimit("The action", 1_000);
    public static final TextLimit DONE_NOTE = new TextLimit("The note", 2_000);
    public static final TextLimit FOLLOW_UP = new TextLimit("Each message", 5_000);
    public static final TextLimit NO_FOLLOW_UP_REASON = new TextLimit("The reason", 1_000);
    public static final TextLimit ARRANGEMENT_NOTE = new TextLimit("The note", 500);

    private SessionLimits() {
    }
}
