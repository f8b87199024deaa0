package org.coproduce.accounts;

/** What someone may do in an organisation. A person can hold several roles. */
public enum Role {
    /** Runs the co-production programme day to day and manages the organisation. */
    COORDINATOR,
    STAFF,
    /** A person with lived experience, or a family carer. */
    PARTNER,
    FINANCE,
    /** Oversight: reads and decides, does not run the programme. */
    BOARD;

    public String authority() {
        return "ROLE_" + name();
    }
}
