package org.coproduce.groups;

public enum MeetingFrequency { WEEKLY, FORTNIGHTLY, MONTHLY, EVERY_TWO_MONTHS, QUARTERLY, AS_NEEDED }
