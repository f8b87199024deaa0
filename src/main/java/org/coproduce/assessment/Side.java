package org.coproduce.assessment;

/** The two groups whose views are compared: people with lived experience and carers, and staff and board members. */
public enum Side { LIVED_EXPERIENCE, PROFESSIONAL }
