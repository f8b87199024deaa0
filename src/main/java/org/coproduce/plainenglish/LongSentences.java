package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.List;

/** Sentences over 25 words: plain English guidance aims for 15 to 20 on average. */
final class LongSentences {

    static final int LIMIT = 25;

    private LongSentences() {
    }

    static List<Finding> find(String text, List<Sentence> sentences) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int words = sentence.words().size();
            if (words > LIMIT) {
                findings.add(new Finding(Finding.Kind.LONG_SENTENCE, sentence.start(), sentence.end(),
                        text.substring(sentence.start(), sentence.end()),
                        "This sentence has " + words + " words. Sentences over " + LIMIT
                                + " words are hard to follow. Try splitting it into two or three.",
                        null));
            }
        }
        return findings;
    }
}
