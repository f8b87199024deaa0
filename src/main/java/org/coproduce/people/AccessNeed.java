package org.coproduce.people;

/** What a person needs to take part. Special category data (health): only coordinators and the person see it. */
public enum AccessNeed {
    STEP_FREE_ACCESS, BSL_INTERPRETER, HEARING_LOOP, SUPPORT_WORKER, EXTRA_BREAKS, QUIET_ROOM, LARGE_PRINT, EASY_READ
}
