package org.coproduce.sessions;

/** Whether someone invited to a session is coming. */
public enum Reply { YES, NO, MAYBE }
