package org.coproduce.projects;

/** An answer to a yes-or-no preparation question. "No" and "not sure" are things to act on, not failures. */
public enum Readiness { YES, NO, NOT_SURE }
