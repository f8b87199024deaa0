package org.coproduce.sessions;

/** Someone who could be recorded as coming to a session, with why they are listed ("co-chair", "invited"). */
public record Candidate(long personId, String name, String description) {
}
