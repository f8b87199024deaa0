package org.coproduce.payments;

/** The kinds of activity a rate card pays for. */
public enum PaidActivity { ATTENDING, LEADING, REVIEWING_PAPERS }
