package org.coproduce.people;

/** How a person is involved. A person may be several of these. */
public enum InvolvementRole {
    LIVED_EXPERIENCE, FAMILY_CARER, PROFESSIONAL, PROVIDER, COMMISSIONER, OTHER
}
