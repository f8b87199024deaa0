package org.coproduce.sessions;

public enum SessionKind { MEETING, WORKSHOP, DROP_IN, ONE_TO_ONE }
