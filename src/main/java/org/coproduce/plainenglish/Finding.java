package org.coproduce.plainenglish;

/**
 * Something in a text that could be plainer, with its place in the text so that it can be highlighted.
 *
 * @param start       where it starts, as an offset into the text (UTF-16 units, as Java and JavaScript count)
 * @param end         where it ends, exclusive
 * @param text        the words found
 * @param explanation why it matters, in plain words
 * @param suggestion  what to write instead, or null when there is no simple swap
 */
public record Finding(Kind kind, int start, int end, String text, String explanation, String suggestion) {

    public enum Kind {
        LONG_SENTENCE,
        PASSIVE_VOICE,
        PLAINER_WORD,
        JARGON,
        ABBREVIATION,
        AVOIDED_TERM,
        /** Easy read only: a sentence over 15 words. */
        EASY_READ_SENTENCE,
        /** Easy read only: a percentage, which many readers cannot picture. */
        PERCENTAGE,
        /** Easy read only: a number written in words rather than digits. */
        NUMBER_IN_WORDS;

        /** Whether it is about a whole sentence rather than a word or phrase. */
        public boolean wholeSentence() {
            return this == LONG_SENTENCE || this == EASY_READ_SENTENCE;
        }
    }
}
