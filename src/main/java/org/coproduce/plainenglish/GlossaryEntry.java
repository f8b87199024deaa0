package org.coproduce.plainenglish;

/**
 * One entry in a jargon buster.
 *
 * @param plainer a plainer word or phrase to use instead, or null when there is none
 */
public record GlossaryEntry(String term, String meaning, String plainer) {

    /** Abbreviations are written in capitals, like CLDT; they are matched exactly, so "SALT" is not "salt". */
    public boolean isAbbreviation() {
        return term.chars().anyMatch(Character::isLetter) && term.equals(term.toUpperCase(java.util.Locale.ROOT));
    }
}
