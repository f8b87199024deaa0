package org.coproduce.projects;

/** The four Co's (Bovaird and Loeffler): which part of the work people do together. */
public enum CoKind { CO_COMMISSIONING, CO_DESIGN, CO_DELIVERY, CO_ASSESSMENT }
