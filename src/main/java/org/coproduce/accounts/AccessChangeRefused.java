package org.coproduce.accounts;

/** A change to someone's sign-in access that would leave the organisation in a bad state. The message says why, plainly. */
public class AccessChangeRefused extends RuntimeException {

    AccessChangeRefused(String message) {
        super(message);
    }
}
