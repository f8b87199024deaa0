package org.coproduce.accounts;

/** A way to sign in. Has no password when the person signs in with emailed links only. */
record Account(long id, String email, String passwordHash) {

    boolean hasPassword() {
        return passwordHash != null;
    }
}
