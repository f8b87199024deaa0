package org.coproduce.plainenglish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A jargon buster: terms with their plain meaning. An organisation's own entries replace built-in ones with the same term. */
public final class Glossary {

    private static final Glossary BUILT_IN = new Glossary(load("glossary.txt"));
    private final Map<String, GlossaryEntry> byTerm;
    private final Phrases<GlossaryEntry> words = new Phrases<>();

    private Glossary(Collection<GlossaryEntry> entries) {
        Map<String, GlossaryEntry> map = new LinkedHashMap<>();
        for (GlossaryEntry entry : entries) {
            map.put(key(entry.term()), entry);
        }
        this.byTerm = map;
        map.values().stream().filter(e -> !e.isAbbreviation()).forEach(e -> words.add(e.term(), false, e));
    }

    /** The terms that are words rather than abbreviations, ready to find in a text. */
    Phrases<GlossaryEntry> words() {
        return words;
    }

    /** The entries Coproduce ships for health and social care. */
    public static Glossary builtIn() {
        return BUILT_IN;
    }

    public static Glossary of(Collection<GlossaryEntry> entries) {
        return new Glossary(entries);
    }

    /** This glossary with more entries; where a term is in both, the added entry wins. */
    public Glossary with(Collection<GlossaryEntry> added) {
        List<GlossaryEntry> all = new ArrayList<>(byTerm.values());
        all.addAll(added);
        return new Glossary(all);
    }

    /** Every entry, A to Z. */
    public List<GlossaryEntry> entries() {
        return byTerm.values().stream().sorted(Comparator.comparing(e -> e.term().toLowerCase(Locale.ROOT))).toList();
    }

    public Optional<GlossaryEntry> find(String term) {
        return Optional.ofNullable(byTerm.get(key(term)));
    }

    private static String key(String term) {
        return term.trim().toLowerCase(Locale.ROOT);
    }

    private static List<GlossaryEntry> load(String name) {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (String line : lines(name)) {
            String[] parts = line.split("\\|", -1);
            String plainer = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : null;
            entries.add(new GlossaryEntry(parts[0].trim(), parts[1].trim(), plainer));
        }
        return entries;
    }

    /** The non-blank, non-comment lines of one of this package's resources. */
    static List<String> lines(String name) {
        try (var reader = new BufferedReader(new InputStreamReader(
                Glossary.class.getResourceAsStream("/org/coproduce/plainenglish/" + name), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
