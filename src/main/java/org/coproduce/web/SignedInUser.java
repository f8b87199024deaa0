package org.coproduce.web;

/** What the page layout needs to know about whoever is signed in. */
public interface SignedInUser {

    String displayName();

    String organisationName();

    /** The organisation they are working in now. */
    long organisationId();

    boolean isCoordinator();

    /** True when the person works in more than one organisation and may switch. */
    boolean worksInSeveralOrganisations();
}
