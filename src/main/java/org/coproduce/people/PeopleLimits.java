package org.coproduce.people;

/**
 * The longest text each field of the register takes, for the forms' checks, their hints and the import; migration
 * V039 gives the database the same numbers. Numbers rather than {@code TextLimit}s, as annotations need constants.
 */
public final class PeopleLimits {

    public static final int FULL_NAME = 200;
    public static final int KNOWN_AS = 100;
    public static final int PRONOUNS = 50;
    public static final int TERMS = 500;
    /** RFC 5321's longest address that can be delivered. */
    public static final int EMAIL = 254;
    public static final int POSTAL_ADDRESS = 500;
    public static final int NOTE = 1_000;
    public static final int SKILLS = 2_000;
    public static final int INTERESTS = 2_000;
    public static final int GENDER_DESCRIPTION = 100;

    private PeopleLimits() {
    }
}
