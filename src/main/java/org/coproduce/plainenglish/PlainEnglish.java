package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a text for plain English. Thread-safe and cheap to share; build one with {@link #standard()}.
 *
 * <pre>{@code
 * Report report = PlainEnglish.standard().check(text, glossary, List.of(new AvoidedTerm("service user", "Jamie asked")));
 * }</pre>
 */
public final class PlainEnglish {

    private static final class Standard {
        static final PlainEnglish INSTANCE = new PlainEnglish(Syllables.load());
    }

    private final Syllables syllables;

    private PlainEnglish(Syllables syllables) {
        this.syllables = syllables;
    }

    /** With the shipped syllable list and plainer words. The first call loads them (about 120,000 words). */
    public static PlainEnglish standard() {
        return Standard.INSTANCE;
    }

    public Report check(String text) {
        return check(text, Glossary.builtIn(), List.of());
    }

    /**
     * @param glossary the organisation's jargon buster: terms in it are explained where they appear
     * @param avoided  words people have asked us not to use
     */
    public Report check(String text, Glossary glossary, Collection<AvoidedTerm> avoided) {
        String body = text == null ? "" : text;
        List<Sentence> sentences = Tokeniser.sentences(body);
        int words = 0;
        int syllableCount = 0;
        List<Finding> findings = new ArrayList<>(LongSentences.find(body, sentences));
        Phrases<Object> phrases = phrases(glossary, avoided);
        for (Sentence sentence : sentences) {
            for (Token word : sentence.words()) {
                words++;
                syllableCount += word.kind() == Token.Kind.NUMBER ? 1 : syllables.count(word.normalised());
            }
            findings.addAll(PassiveVoice.find(body, sentence));
            findings.addAll(phraseFindings(body, sentence, phrases));
        }
        findings.addAll(Abbreviations.find(body, sentences, glossary));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        int sentenceCount = sentences.size();
        double ease = Readability.readingEase(words, sentenceCount, syllableCount);
        double grade = Readability.gradeLevel(words, sentenceCount, syllableCount);
        double average = sentenceCount == 0 ? 0 : (double) words / sentenceCount;
        return new Report(words, sentenceCount, syllableCount, round(ease), round(grade), round(average),
                Report.verdict(words, ease, average), findings);
    }

    /** Syllables in one word, as the checker counts them. */
    public int syllables(String word) {
        return syllables.count(Token.normalise(word));
    }

    /** Words someone asked us not to use, then glossary terms, then plainer words: where one phrase is several, the first wins. */
    private static Phrases<Object> phrases(Glossary glossary, Collection<AvoidedTerm> avoided) {
        Phrases<Object> phrases = new Phrases<>();
        avoided.stream().filter(a -> a.term() != null && !a.term().isBlank()).forEach(a -> phrases.add(a.term(), false, a));
        glossary.entries().stream().filter(e -> !e.isAbbreviation()).forEach(e -> phrases.add(e.term(), false, e));
        return phrases;
    }

    private static List<Finding> phraseFindings(String text, Sentence sentence, Phrases<Object> phrases) {
        List<Finding> findings = new ArrayList<>();
        List<Token> words = sentence.tokens().stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
        List<int[]> taken = new ArrayList<>();
        for (var match : phrases.find(words)) {
            Token first = words.get(match.firstToken());
            Token last = words.get(match.lastToken());
            String found = text.substring(first.start(), last.end());
            taken.add(new int[] {first.start(), last.end()});
            if (match.value() instanceof AvoidedTerm avoided) {
                findings.add(new Finding(Finding.Kind.AVOIDED_TERM, first.start(), last.end(), found,
                        "Please do not use \"" + found + "\". " + avoided.reason(), null));
            } else if (match.value() instanceof GlossaryEntry entry) {
                findings.add(new Finding(Finding.Kind.JARGON, first.start(), last.end(), found,
                        "\"" + found + "\" may be jargon. It means: " + entry.meaning(), entry.plainer()));
            }
        }
        for (var match : PlainerWords.phrases().find(words)) {
            Token first = words.get(match.firstToken());
            Token last = words.get(match.lastToken());
            if (taken.stream().anyMatch(span -> first.start() < span[1] && last.end() > span[0])) {
                continue;
            }
            String found = text.substring(first.start(), last.end());
            findings.add(new Finding(Finding.Kind.PLAINER_WORD, first.start(), last.end(), found,
                    "There is a plainer way to say \"" + found + "\".", match.value().instead()));
        }
        return findings;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
