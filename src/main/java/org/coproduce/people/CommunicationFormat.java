package org.coproduce.people;

/** How a person likes to get papers and messages. */
public enum CommunicationFormat {
    STANDARD, EASY_READ, LARGE_PRINT, PLAIN_TEXT_EMAIL, AUDIO, VIDEO, BSL_VIDEO, BRAILLE
}
