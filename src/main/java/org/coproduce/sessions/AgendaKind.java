package org.coproduce.sessions;

/** The kinds of agenda item the getting-started guide asks for, besides the discussion itself. */
public enum AgendaKind { INTRODUCTIONS, ICEBREAKER, PURPOSE, DISCUSSION, BREAK, RECAP, WRAP_UP }
