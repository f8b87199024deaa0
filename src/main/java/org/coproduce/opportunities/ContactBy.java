package org.coproduce.opportunities;

import org.coproduce.people.ContactPreference;

/** How someone who said they are interested would like us to get in touch. */
public enum ContactBy {
    EMAIL(ContactPreference.EMAIL), PHONE(ContactPreference.PHONE), TEXT_MESSAGE(ContactPreference.TEXT_MESSAGE),
    POST(ContactPreference.POST);

    private final ContactPreference preference;

    ContactBy(ContactPreference preference) {
        this.preference = preference;
    }

    ContactPreference preference() {
        return preference;
    }
}
