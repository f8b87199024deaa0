package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The extra rules for easy read, from the Department of Health's easy read guidance (2010) and Mencap: one idea in each
 * sentence and under about 15 words, numbers as digits, and no percentages.
 */
final class EasyRead {

    static final int SENTENCE_LIMIT = 15;
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("fifteen", "15"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("hundred", "100"), Map.entry("thousand", "1,000"), Map.entry("million", "1,000,000"));

    private EasyRead() {
    }

    static List<Finding> find(String text, List<Sentence> sentences) {
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int words = sentence.words().size();
            if (words > SENTENCE_LIMIT && words <= LongSentences.LIMIT) {
                findings.add(new Finding(Finding.Kind.EASY_READ_SENTENCE, sentence.start(), sentence.end(),
                        text.substring(sentence.start(), sentence.end()),
                        "This sentence has " + words + " words. Easy read sentences are shorter than " + SENTENCE_LIMIT
                                + " words, with one idea in each.", null));
            }
            for (Token token : sentence.words()) {
                if (token.kind() == Token.Kind.NUMBER && token.text().endsWith("%")) {
                    findings.add(new Finding(Finding.Kind.PERCENTAGE, token.start(), token.end(), token.text(),
                            "Many people cannot picture a percentage. Say something like \"1 in 4 people\" or \"most people\".", null));
                }
                String digits = NUMBER_WORDS.get(token.normalised());
                if (digits != null) {
                    findings.add(new Finding(Finding.Kind.NUMBER_IN_WORDS, token.start(), token.end(), token.text(),
                            "Easy read uses numbers written as digits. They are quicker to read.", digits));
                }
            }
        }
        return findings;
    }
}
