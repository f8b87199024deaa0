package org.coproduce.people;

/** The one way a person most likes to be contacted. */
public enum ContactPreference {
    EMAIL, PHONE, TEXT_MESSAGE, POST, THROUGH_SUPPORTER
}
