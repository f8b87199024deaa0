package org.coproduce.people;

/** What a person can agree to, each separately. */
public enum ConsentPurpose {
    CONTACT, KEEP_INFORMATION, RECORD_SESSIONS, SHARE_STORY, PHOTOGRAPHS, NAME_SHOWN
}
