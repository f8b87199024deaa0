package org.coproduce.people;

/** How a consent decision was given to us. */
public enum ConsentMethod {
    ONLINE, IN_PERSON, PAPER_FORM, EASY_READ_FORM, PHONE, EMAIL
}
