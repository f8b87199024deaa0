package org.coproduce.assessment;

/**
 * A file of evidence as the results page lists it.
 *
 * @param name the name of the person who gave it, or null unless they chose to show it
 */
public record EvidenceListing(long id, String indicatorCode, String fileName, String name) {
}
