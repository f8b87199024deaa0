package org.coproduce.plainenglish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Syllables in a word: looked up in a pronouncing word list where the word is known (built from the Carnegie Mellon
 * University Pronouncing Dictionary, see tools/), and counted by {@link SyllableRules} where it is not.
 * British spellings the American list lacks ("utilise", "colour", "centre") are looked up in their American form.
 */
final class Syllables {

    private static final Pattern SIBILANT_POSSESSIVE = Pattern.compile("(s|x|z|ch|sh|ce|ge)'s$");
    private static final String RESOURCE = "/org/coproduce/plainenglish/syllables.txt.gz";
    private static final int REMEMBER_AT_MOST = 100_000;
    private final Map<String, Byte> known;
    /** Words not in the list, counted once: real texts repeat their names and unusual words. */
    private final Map<String, Integer> workedOut = new ConcurrentHashMap<>();

    private Syllables(Map<String, Byte> known) {
        this.known = known;
    }

    static Syllables load() {
        Map<String, Byte> known = new HashMap<>(160_000);
        try (InputStream in = Syllables.class.getResourceAsStream(RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int space = line.indexOf(' ');
                known.put(line.substring(0, space), Byte.parseByte(line.substring(space + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The syllable list is missing from the build", e);
        }
        return new Syllables(known);
    }

    /** @param word a word token's normalised text: lower case, straight apostrophes */
    int count(String word) {
        Byte listed = known.get(word);
        if (listed != null) {
            return listed;
        }
        Integer remembered = workedOut.get(word);
        if (remembered != null) {
            return remembered;
        }
        int count = workOut(word);
        if (workedOut.size() >= REMEMBER_AT_MOST) {
            workedOut.clear();
        }
        workedOut.put(word, count);
        return count;
    }

    private int workOut(String word) {
        Integer known = lookUp(word);
        if (known != null) {
            return known;
        }
        if (word.indexOf('-') > 0) {
            int total = 0;
            for (String part : word.split("-")) {
                total += part.isEmpty() ? 0 : count(part);
            }
            return Math.max(1, total);
        }
        if (word.endsWith("'s") || word.endsWith("s'")) {
            Integer stem = lookUp(word.substring(0, word.length() - 2));
            if (stem != null) {
                return stem + (SIBILANT_POSSESSIVE.matcher(word).find() ? 1 : 0);
            }
        }
        return SyllableRules.count(word);
    }

    boolean isKnown(String word) {
        return lookUp(word) != null;
    }

    /** Whether the word itself, spelled exactly so, is in the shipped list. */
    boolean isListed(String word) {
        return known.containsKey(word);
    }

    private Integer lookUp(String word) {
        Byte count = known.get(word);
        if (count != null) {
            return (int) count;
        }
        String american = american(word);
        if (!american.equals(word)) {
            count = known.get(american);
            if (count != null) {
                return (int) count;
            }
        }
        return null;
    }

    private static final Pattern[] BRITISH = {
            Pattern.compile("is(e|es|ed|ing|ation|ations|er|ers)$"), Pattern.compile("ys(e|es|ed|ing)$"),
            Pattern.compile("our(s|ed|ing|ful|ite|ites|able)?$"), Pattern.compile("([^aeiou])re(s|d)?$"),
            Pattern.compile("ogue(s)?$"), Pattern.compile("ence$"), Pattern.compile("lled$"), Pattern.compile("lling$")};
    private static final String[] AMERICAN = {"iz$1", "yz$1", "or$1", "$1er$2", "og$1", "ense", "led", "ling"};

    /** The American spelling of a British word, for looking it up: close enough for counting syllables. */
    static String american(String word) {
        String result = word;
        for (int i = 0; i < BRITISH.length; i++) {
            result = BRITISH[i].matcher(result).replaceFirst(AMERICAN[i]);
        }
        return result;
    }
}
