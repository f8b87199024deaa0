package org.coproduce.plainenglish;

import java.util.Arrays;
import java.util.List;

/** Long or formal words and phrases with plainer ones to use instead: "utilise" becomes "use". */
final class PlainerWords {

    record Swap(String instead) {
    }

    private static final Phrases<Swap> PHRASES = load();

    private PlainerWords() {
    }

    static Phrases<Swap> phrases() {
        return PHRASES;
    }

    private static Phrases<Swap> load() {
        Phrases<Swap> phrases = new Phrases<>();
        for (String line : Glossary.lines("plainer-words.txt")) {
            int equals = line.indexOf('=');
            Swap swap = new Swap(line.substring(equals + 1).trim());
            List<String> forms = Arrays.stream(line.substring(0, equals).split(",")).map(String::trim).toList();
            forms.forEach(form -> phrases.add(form, false, swap));
        }
        return phrases;
    }
}
