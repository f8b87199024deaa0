package org.coproduce.crash;

/** Something the app must finish, or leave to be finished, whenever it is killed. */
interface Scenario {

    String name();

    /**
     * Does it once. Without a kill moment it runs to the end and {@code tookMillis} says how long it
     * took, so that the kill moments can be spread over that time; with one, the app is killed that many milliseconds
     * after it began and started again, and whatever a person would do next is done.
     */
    Result once(Long killAfterMillis) throws Exception;

    record Result(long tookMillis, String found, boolean passed) {
    }
}
