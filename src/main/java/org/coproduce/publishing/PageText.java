package org.coproduce.publishing;

import java.time.LocalDate;

/**
 * The words of a public page, as drafted or as published.
 *
 * @param description one or two sentences for search engines, link previews and lists of pages
 * @param easyRead the easy read version, or null when there is none
 * @param agreedOn when the policy or plan was agreed (null for other pages)
 * @param agreedBy who agreed it, such as "The partnership board"
 * @param meetingOn the day of the meeting, for papers and minutes
 * @param changeNote what changed in this version, in a few words
 */
public record PageText(String title, String description, String body, String easyRead, LocalDate agreedOn,
        String agreedBy, LocalDate meetingOn, String changeNote) {
}
