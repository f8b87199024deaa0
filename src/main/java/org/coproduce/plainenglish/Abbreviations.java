package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations in capitals, like CLDT or ICS, are hard for many people. One is fine once it has been spelled out
 * in the same text, as in "community learning disability team (CLDT)" or "CLDT (community learning disability team)";
 * uses before that are still flagged. A few everyone knows, like NHS, are left alone.
 */
final class Abbreviations {

    private static final Set<String> EVERYONE_KNOWS = Set.of("NHS", "UK", "OK", "TV", "BBC", "ID");
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII");
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "the", "with", "in", "on", "to", "a", "an", "&");

    private Abbreviations() {
    }

    static List<Finding> find(String text, List<Sentence> sentences, Glossary glossary) {
        Set<String> spelledOut = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            if (shouted(sentence)) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.kind() != Token.Kind.WORD || !token.isAllCapitals()) {
                    continue;
                }
                String abbreviation = token.text().replace(".", "");
                if (EVERYONE_KNOWS.contains(abbreviation) || ROMAN.contains(abbreviation) || spelledOut.contains(abbreviation)) {
                    continue;
                }
                if (spelledOutAt(tokens, i, abbreviation)) {
                    spelledOut.add(abbreviation);
                    continue;
                }
                var entry = glossary.find(abbreviation);
                String explanation = entry.map(e -> abbreviation + " means: " + e.meaning() + " Spell it out the first time, or use plain words.")
                        .orElse("Abbreviations are hard for many people. Spell it out the first time you use it, or use plain words.");
                findings.add(new Finding(Finding.Kind.ABBREVIATION, token.start(), token.end(), token.text(), explanation,
                        entry.map(GlossaryEntry::plainer).orElse(null)));
            }
        }
        return findings;
    }

    /** "words (ABBR)" or "ABBR (words)", where the words' first letters spell the abbreviation. */
    private static boolean spelledOutAt(List<Token> tokens, int index, String abbreviation) {
        boolean inBrackets = index > 0 && tokens.get(index - 1).text().equals("(")
                && index + 1 < tokens.size() && tokens.get(index + 1).text().equals(")");
        if (inBrackets && initialsMatch(wordsBefore(tokens, index - 1), abbreviation)) {
            return true;
        }
        if (index + 1 < tokens.size() && tokens.get(index + 1).text().equals("(")) {
            List<Token> inside = new ArrayList<>();
            for (int k = index + 2; k < tokens.size() && k < index + 14 && !tokens.get(k).text().equals(")"); k++) {
                if (tokens.get(k).kind() == Token.Kind.WORD) {
                    inside.add(tokens.get(k));
                }
            }
            return initialsMatch(inside, abbreviation);
        }
        return false;
    }

    private static List<Token> wordsBefore(List<Token> tokens, int bracket) {
        List<Token> words = new ArrayList<>();
        for (int k = bracket - 1; k >= 0 && words.size() < 12 && tokens.get(k).kind() == Token.Kind.WORD; k--) {
            words.add(0, tokens.get(k));
        }
        return words;
    }

    /** Whether the last few significant words (or all of them, for words in brackets) start with the abbreviation's letters. */
    private static boolean initialsMatch(List<Token> words, String abbreviation) {
        String wanted = abbreviation.toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (Token word : words) {
            String w = word.normalised();
            if (SMALL_WORDS.contains(w)) {
                continue;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty()) {
                    initials.append(part.charAt(0));
                }
            }
        }
        String all = initials.toString();
        return all.endsWith(wanted) || all.startsWith(wanted) || withoutSmallWords(words).startsWith(wanted);
    }

    private static String withoutSmallWords(List<Token> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.normalised().charAt(0)));
        return initials.toString();
    }

    /** A heading in capitals is not full of abbreviations. */
    private static boolean shouted(Sentence sentence) {
        List<Token> words = sentence.words().stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
        long capitals = words.stream().filter(Token::isAllCapitals).count();
        return words.size() >= 3 && capitals * 2 > words.size();
    }
}
