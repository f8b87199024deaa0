package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each language has the same words: a key in one bundle and not its twin is a page half in one language. */
class EnglishAndWelshBundlesMatchTest {

    /**
     * The bundle the modules shared before each had its own: its words move into the modules' bundles, with their
     * Welsh, as each module's pages take their words from bundles (issue #19).
     */
    private static final Set<String> NOT_YET_IN_WELSH = Set.of(Bundles.SHARED);

    @Test
    void everyBundleHasAWelshTwinWithTheSameKeys() {
        List<String> differences = new ArrayList<>();
        for (String name : Bundles.names()) {
            if (NOT_YET_IN_WELSH.contains(name)) {
                continue;
            }
            Set<String> english = keys(Bundles.read(name, ""));
            Set<String> welsh = keys(Bundles.read(name, "_cy"));
            english.stream().filter(key -> !welsh.contains(key)).forEach(key -> differences.add(name + "_cy has no " + key));
            welsh.stream().filter(key -> !english.contains(key)).forEach(key -> differences.add(name + " has no " + key));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyMessageReadsAsAPatternAndTheWelshTakesTheSameValues() {
        List<String> problems = new ArrayList<>();
        for (String name : Bundles.names()) {
            Properties english = Bundles.read(name, "");
            Properties welsh = Bundles.read(name, "_cy");
            for (String key : keys(english)) {
                Set<String> values = values(name, key, english.getProperty(key), Languages.ENGLISH.toLanguageTag(), problems);
                if (welsh.containsKey(key)) {
                    Set<String> inWelsh = values(name + "_cy", key, welsh.getProperty(key), "cy", problems);
                    if (values != null && inWelsh != null && !values.equals(inWelsh)) {
                        problems.add(name + "_cy " + key + " takes " + inWelsh + " where the English takes " + values);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> values(String bundle, String key, String pattern, String language, List<String> problems) {
        try {
            return new TreeSet<>(new MessageFormat(pattern, ULocale.forLanguageTag(language)).getArgumentNames());
        } catch (IllegalArgumentException e) {
            problems.add(bundle + " " + key + " cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static Set<String> keys(Properties words) {
        return new TreeSet<>(words.stringPropertyNames());
    }
}
