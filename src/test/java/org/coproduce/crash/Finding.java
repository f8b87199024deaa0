package org.coproduce.crash;

/** One row of the crash test's table: what was tried, what was found in the database afterwards, and whether it holds. */
record Finding(String scenario, String killedAt, String found, boolean passed) {
}
