package org.coproduce.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every word Coproduce shows, from the message bundles: the shared {@code messages.properties} and one
 * {@code org/coproduce/<module>/messages.properties} beside each module, each with its Welsh twin
 * ({@code messages_cy.properties}). Keys are unique across all bundles. A key missing in Welsh is shown in English.
 *
 * <p>Messages are ICU MessageFormat patterns, so plurals follow each language's own rules (Welsh has six forms:
 * {@code {0, plural, zero {…} one {…} two {…} few {…} many {…} other {…}}}), and an apostrophe is only special next to
 * a brace.
 */
@Component("messageSource")
public class Bundles extends AbstractMessageSource {

    public static final String SHARED = "messages";
    public static final String MODULE_BUNDLES = "classpath*:org/coproduce/*/messages.properties";

    private final Map<String, String> english;
    private final Map<String, String> welsh;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Bundles() {
        english = load("");
        welsh = load("_cy");
        setUseCodeAsDefaultMessage(false);
    }

    /** The bundles outside the application, for tests, benchmarks and tools. */
    public static Bundles load() {
        return new Bundles();
    }

    /** Every bundle's name on the class path, without its language and ending: messages, org/coproduce/web/messages. */
    public static List<String> names() {
        try {
            Resource[] modules = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
            return Stream.concat(Stream.of(SHARED), Stream.of(modules).map(Bundles::nameOf)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of one bundle in one language ("" for English, "_cy" for Welsh), empty when there is no such file. */
    public static Properties read(String name, String language) {
        Properties words = new Properties();
        var in = Bundles.class.getClassLoader().getResourceAsStream(name + language + ".properties");
        if (in == null) {
            return words;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            words.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Map<String, String> load(String language) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> from = new HashMap<>();
        for (String name : names()) {
            read(name, language).forEach((key, text) -> {
                String earlier = from.putIfAbsent((String) key, name);
                if (earlier != null) {
                    throw new IllegalStateException("The key " + key + " is in both " + earlier + " and " + name);
                }
                words.put((String) key, (String) text);
            });
        }
        return Map.copyOf(words);
    }

    private static String nameOf(Resource bundle) {
        try {
            String url = bundle.getURL().toString();
            return url.substring(url.lastIndexOf("org/coproduce/"), url.length() - ".properties".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        boolean inWelsh = locale != null && Languages.WELSH.getLanguage().equals(locale.getLanguage());
        String pattern = inWelsh ? welsh.getOrDefault(code, english.get(code)) : english.get(code);
        if (pattern == null) {
            return null;
        }
        if ((args == null || args.length == 0) && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Locale language = inWelsh ? Languages.WELSH : Languages.ENGLISH;
        MessageFormat format = formats.computeIfAbsent(language.getLanguage() + ":" + code,
                key -> new MessageFormat(pattern, ULocale.forLocale(language)));
        Object[] resolved = resolveArguments(args, locale);
        synchronized (format) {
            return format.format(resolved == null ? new Object[0] : resolved);
        }
    }

    @Override
    protected java.text.MessageFormat resolveCode(String code, Locale locale) {
        return null; // never asked: getMessageInternal formats with ICU
    }
}
