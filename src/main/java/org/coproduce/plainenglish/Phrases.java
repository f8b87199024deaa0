package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases in a run of word tokens, longest first, so that "personal health budget" wins over "personal budget"
 * wherever both could match. Plain words match in any case and as plurals; abbreviations match exactly.
 */
final class Phrases<T> {

    record Match<T>(int firstToken, int lastToken, T value) {
    }

    private record Phrase<T>(List<String> words, boolean exact, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    void add(String phrase, boolean exact, T value) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.trim().split("\\s+")) {
            words.add(exact ? word : Token.normalise(word));
        }
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return;
        }
        List<Phrase<T>> list = byFirstWord.computeIfAbsent(words.get(0).toLowerCase(Locale.ROOT), key -> new ArrayList<>());
        list.add(new Phrase<>(List.copyOf(words), exact, value));
        list.sort(Comparator.comparingInt((Phrase<T> p) -> p.words().size()).reversed());
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** Matches in a sentence's words, never overlapping, left to right. */
    List<Match<T>> find(List<Token> words) {
        List<Match<T>> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match<T> match = matchAt(words, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.lastToken() + 1;
            }
        }
        return matches;
    }

    private Match<T> matchAt(List<Token> words, int start) {
        List<Phrase<T>> candidates = byFirstWord.get(words.get(start).normalised());
        if (candidates == null) {
            candidates = byFirstWord.get(stemmed(words.get(start).normalised()));
        }
        if (candidates == null) {
            return null;
        }
        for (Phrase<T> phrase : candidates) {
            if (start + phrase.words().size() > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.words().size() && all; k++) {
                Token token = words.get(start + k);
                boolean last = k == phrase.words().size() - 1;
                all = phrase.exact() ? token.text().equals(phrase.words().get(k)) : sameWord(token.normalised(), phrase.words().get(k), last);
            }
            if (all) {
                return new Match<>(start, start + phrase.words().size() - 1, phrase.value());
            }
        }
        return null;
    }

    /** The same word, or (for the last word of a phrase) its plural or possessive. */
    private static boolean sameWord(String actual, String wanted, boolean last) {
        if (actual.equals(wanted)) {
            return true;
        }
        return last && (actual.equals(wanted + "s") || actual.equals(wanted + "es") || actual.equals(wanted + "'s")
                || actual.equals(wanted + "s'") || (wanted.endsWith("y") && actual.equals(wanted.substring(0, wanted.length() - 1) + "ies")));
    }

    private static String stemmed(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
