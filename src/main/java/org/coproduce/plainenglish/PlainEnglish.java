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

    /** Who will read a text. Easy read has stricter rules: short sentences, digits, no percentages. */
    public enum Audience { EVERYONE, EASY_READ }

    public Report check(String text) {
        return check(text, Glossary.builtIn(), List.of());
    }

    public Report check(String text, Glossary glossary, Collection<AvoidedTerm> avoided) {
        return check(text, glossary, avoided, Audience.EVERYONE);
    }

    /**
     * @param glossary the organisation's jargon buster: terms in it are explained where they appear
     * @param avoided  words people have asked us not to use
     */
    public Report check(String text, Glossary glossary, Collection<AvoidedTerm> avoided, Audience audience) {
        String body = text == null ? "" : text;
        List<Sentence> sentences = Tokeniser.sentences(body);
        int words = 0;
        int syllableCount = 0;
        int longWords = 0;
        List<Finding> findings = new ArrayList<>(LongSentences.find(body, sentences));
        Phrases<AvoidedTerm> avoidedPhrases = avoidedPhrases(avoided);
        for (Sentence sentence : sentences) {
            for (Token word : sentence.words()) {
                words++;
                int count = word.kind() == Token.Kind.NUMBER ? 1 : syllables.count(word.normalised());
                syllableCount += count;
                if (count >= 3) {
                    longWords++;
                }
            }
            findings.addAll(PassiveVoice.find(body, sentence));
            findings.addAll(phraseFindings(body, sentence, avoidedPhrases, glossary));
        }
        findings.addAll(Abbreviations.find(body, sentences, glossary));
        if (audience == Audience.EASY_READ) {
            findings.addAll(EasyRead.find(body, sentences));
        }
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        int sentenceCount = sentences.size();
        double ease = Readability.readingEase(words, sentenceCount, syllableCount);
        double grade = Readability.gradeLevel(words, sentenceCount, syllableCount);
        double average = sentenceCount == 0 ? 0 : (double) words / sentenceCount;
        return new Report(words, sentenceCount, syllableCount, round(ease), round(grade), round(average),
                Report.verdict(words, ease, average, longWords), findings);
    }

    /** Syllables in one word, as the checker counts them. */
    public int syllables(String word) {
        return syllables.count(Token.normalise(word));
    }

    private static Phrases<AvoidedTerm> avoidedPhrases(Collection<AvoidedTerm> avoided) {
        Phrases<AvoidedTerm> phrases = new Phrases<>();
        avoided.stream().filter(a -> a.term() != null && !a.term().isBlank()).forEach(a -> phrases.add(a.term(), false, a));
        return phrases;
    }

    /**
     * Words someone asked us not to use, then glossary terms, then plainer words. Where they overlap, only the first
     * is reported: "service user" is about the person's wishes before it is jargon.
     */
    private static List<Finding> phraseFindings(String text, Sentence sentence, Phrases<AvoidedTerm> avoided, Glossary glossary) {
        List<Finding> findings = new ArrayList<>();
        List<Token> words = sentence.tokens().stream().filter(t -> t.kind() == Token.Kind.WORD).toList();
        if (words.isEmpty()) {
            return findings;
        }
        for (var match : avoided.find(words)) {
            add(findings, text, words, match, Finding.Kind.AVOIDED_TERM,
                    found -> "Please do not use \"" + found + "\". " + match.value().reason(), null);
        }
        for (var match : glossary.words().find(words)) {
            GlossaryEntry entry = match.value();
            add(findings, text, words, match, Finding.Kind.JARGON,
                    found -> "\"" + found + "\" may be jargon. It means: " + entry.meaning(), entry.plainer());
        }
        for (var match : PlainerWords.phrases().find(words)) {
            add(findings, text, words, match, Finding.Kind.PLAINER_WORD,
                    found -> "There is a plainer way to say \"" + found + "\".", match.value().instead());
        }
        return findings;
    }

    private static void add(List<Finding> findings, String text, List<Token> words, Phrases.Match<?> match, Finding.Kind kind,
            java.util.function.Function<String, String> explanation, String suggestion) {
        int start = words.get(match.firstToken()).start();
        int end = words.get(match.lastToken()).end();
        if (findings.stream().anyMatch(f -> start < f.end() && end > f.start())) {
            return;
        }
        String found = text.substring(start, end);
        findings.add(new Finding(kind, start, end, found, explanation.apply(found), suggestion));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
