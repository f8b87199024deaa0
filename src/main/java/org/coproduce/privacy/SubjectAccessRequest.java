package org.coproduce.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for a copy of everything we hold about a person, and where it has got to.
 *
 * @param dueOn   the legal deadline: one calendar month from the day we received it
 * @param givenOn the day the copy reached the person, or null while it has not
 */
public record SubjectAccessRequest(long id, long personId, String personName, LocalDate receivedOn, LocalDate dueOn,
        ReceivedHow receivedHow, String askedByName, Status status, Instant madeAt, Integer copyBytes, String failure,
        int downloads, Instant expiresAt, LocalDate givenOn) {

    /** How many times the copy can be downloaded before it is deleted, so that copies do not spread. */
    public static final int MOST_DOWNLOADS = 3;

    public enum Status { WAITING, READY, FAILED }

    public enum ReceivedHow { ONLINE, EMAIL, LETTER, PHONE, IN_PERSON }

    /** The name they had, or a few words saying it was erased. */
    @Override
    public String personName() {
        return personName == null ? "A person whose details were erased" : personName;
    }

    /** Whether the copy can be downloaded now. */
    public boolean downloadable(Instant now) {
        return status == Status.READY && downloads < MOST_DOWNLOADS && expiresAt != null && expiresAt.isAfter(now);
    }

    public int downloadsLeft() {
        return Math.max(0, MOST_DOWNLOADS - downloads);
    }

    public boolean overdue(LocalDate today) {
        return givenOn == null && today.isAfter(dueOn);
    }
}
