package org.coproduce.writing;

import org.coproduce.plainenglish.GlossaryEntry;

/**
 * A jargon buster entry in a coordinator's list, with where it came from.
 *
 * @param builtIn Coproduce ships this word
 * @param ours    the organisation has its own entry for it (a new word, or its own version of a built-in one)
 */
public record ListedEntry(GlossaryEntry entry, boolean builtIn, boolean ours) {
}
