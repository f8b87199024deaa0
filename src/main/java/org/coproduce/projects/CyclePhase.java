package org.coproduce.projects;

/** Where the work sits in the commissioning cycle. */
public enum CyclePhase { ANALYSE, PLAN, DO, REVIEW }
