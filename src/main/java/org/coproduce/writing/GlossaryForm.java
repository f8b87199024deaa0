package org.coproduce.writing;

import org.coproduce.plainenglish.GlossaryEntry;

/**
 * What the jargon buster form sends.
 *
 * @param originalTerm the term being changed, or null for a new word
 * @param publishAnyway true when the coordinator has seen the plain English warning and publishes it all the same
 */
public record GlossaryForm(String originalTerm, String term, String meaning, String plainer, Boolean publishAnyway) {

    GlossaryEntry entry() {
        return new GlossaryEntry(term, meaning, plainer);
    }
}
