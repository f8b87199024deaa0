package org.coproduce.plainenglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Measures syllable counting against the pronouncing dictionary. The held-out words (one in eleven of the dictionary,
 * chosen by a stable hash when the list was built) are not in the shipped list, so only the rules can count them.
 */
class SyllableAccuracyTest {

    @Test
    void rulesAloneCountWordsTheyHaveNeverSeen() throws IOException {
        Map<String, Integer> heldOut = heldOut();
        Syllables syllables = Syllables.load();
        int right = 0;
        for (var entry : heldOut.entrySet()) {
            assertThat(syllables.isListed(entry.getKey())).as("held out, so not shipped: %s", entry.getKey()).isFalse();
            if (SyllableRules.count(entry.getKey()) == entry.getValue()) {
                right++;
            }
        }
        double rate = 100.0 * right / heldOut.size();
        System.out.printf("Syllables, rules only: %d of %d held-out words exactly right (%.2f%%)%n", right, heldOut.size(), rate);
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(rate).isGreaterThan(92.0);
    }

    /**
     * Over the running words of realistic texts (a board paper, a policy and a newsletter, written for these tests),
     * counting every word the full dictionary knows, held-out words included.
     */
    @Test
    void countsTheRunningWordsOfRealTextsAlmostAlwaysRight() throws IOException {
        Map<String, Integer> dictionary = new LinkedHashMap<>(read("/org/coproduce/plainenglish/syllables.txt.gz"));
        dictionary.putAll(heldOut());
        PlainEnglish checker = PlainEnglish.standard();
        int counted = 0;
        int right = 0;
        int unknown = 0;
        for (String name : List.of("board-paper", "policy", "newsletter")) {
            String text = new String(getClass().getResourceAsStream("/plainenglish/corpus/" + name + ".txt").readAllBytes(),
                    StandardCharsets.UTF_8);
            for (Sentence sentence : Tokeniser.sentences(text)) {
                for (Token word : sentence.words()) {
                    Integer truth = dictionary.get(word.normalised());
                    if (word.kind() != Token.Kind.WORD) {
                        continue;
                    }
                    if (truth == null) {
                        unknown++;
                        continue;
                    }
                    counted++;
                    if (checker.syllables(word.text()) == truth) {
                        right++;
                    }
                }
            }
        }
        double rate = 100.0 * right / counted;
        System.out.printf("Syllables, running words: %d of %d exactly right (%.2f%%); %d words not in the dictionary%n",
                right, counted, rate, unknown);
        assertThat(counted).isGreaterThan(1_500);
        assertThat(rate).isGreaterThanOrEqualTo(99.0);
    }

    static Map<String, Integer> heldOut() throws IOException {
        return read("/plainenglish/held-out-syllables.txt.gz");
    }

    private static Map<String, Integer> read(String resource) throws IOException {
        Map<String, Integer> words = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                SyllableAccuracyTest.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                words.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
            }
        }
        return words;
    }
}
