package org.coproduce.privacy;

/** What an entry in the audit log is about. The first four are special category data. */
public enum Topic {
    ACCESS_NEEDS, EQUALITY, BENEFITS, HEALTH, PERSON, CONSENT, SIGN_IN_AND_ROLES, MONEY, AUDIT_LOG, RETENTION;

    public boolean specialCategory() {
        return ordinal() <= HEALTH.ordinal();
    }
}
