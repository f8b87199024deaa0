package org.coproduce.writing;

import org.coproduce.plainenglish.GlossaryEntry;
import org.coproduce.web.TextLimit;

/**
 * What the jargon buster form sends.
 *
 * @param originalTerm the term being changed, or null for a new word
 * @param publishAnyway true when the coordinator has seen the plain English warning and publishes it all the same
 */
public record GlossaryForm(String originalTerm, String term, String meaning, String plainer, Boolean publishAnyway) {

    public static final TextLimit TERM = new TextLimit("The word or abbreviation", 100);
    public static final TextLimit MEANING = new TextLimit("The meaning", 1_000);
    public static final TextLimit PLAINER = new TextLimit("The plainer words", 200);

    GlossaryEntry entry() {
        return new GlossaryEntry(term, meaning, plainer);
    }
}
