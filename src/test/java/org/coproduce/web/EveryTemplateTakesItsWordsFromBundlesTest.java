package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * A template asks for its words by key, so that every page can be read in Welsh, and no words are written into it.
 * The templates written before bundles are listed in {@code templates-with-words-of-their-own.txt}: the list can only
 * shrink, so a template once converted stays converted, and a new one is born with keys.
 */
class EveryTemplateTakesItsWordsFromBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path NOT_YET = Path.of("src/test/resources/templates-with-words-of-their-own.txt");
    private static final Set<String> ATTRIBUTES_PEOPLE_READ = Set.of("aria-label", "title", "alt", "placeholder");
    /** Names that are the same in every language, and text with no letters at all. */
    private static final Pattern NOT_WORDS = Pattern.compile("(Coproduce|[^\\p{L}])*");

    @Test
    void templatesTakeTheirWordsFromBundlesExceptThoseNotYetConverted() throws IOException {
        Map<String, List<String>> wordsOfTheirOwn = wordsOfTheirOwn();
        Set<String> notYet = Set.copyOf(Files.readAllLines(NOT_YET, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());

        List<String> problems = new ArrayList<>();
        wordsOfTheirOwn.forEach((template, words) -> {
            if (!words.isEmpty() && !notYet.contains(template)) {
                problems.add(template + " has words of its own: " + words.subList(0, Math.min(5, words.size())));
            }
        });
        notYet.forEach(template -> {
            if (wordsOfTheirOwn.getOrDefault(template, List.of()).isEmpty()) {
                problems.add(template + " takes all its words from bundles now (or is gone): take it off " + NOT_YET);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsWordsInTextAndInAttributesButNotInExpressions() {
        assertThat(wordsIn("""
                @param PageContext page
                <h1>${page.t("home.title")}</h1>
                @if(page.signedIn())<p class="x">${page.t("a", 1)}</p>@endif
                <a href="/" aria-label="${page.t("b")}">Coproduce</a> <span>&pound;12.50 – ${x}</span>
                """)).isEmpty();
        assertThat(wordsIn("""
                <h1>Your sessions</h1>
                <a href="/x" aria-label="Change your answer">${page.t("a")}</a>
                @if(x)<p>Nothing yet</p>@endif
                @template.layout.page(page = page, title = "Your payments", content = @`<p>Paid (so far)</p>`)
                """)).containsExactly("Your sessions", "Nothing yet", "Paid (so far)", "Your payments", "Change your answer");
    }

    private static Map<String, List<String>> wordsOfTheirOwn() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jte")).toList()) {
                found.put(TEMPLATES.relativize(file).toString(), wordsIn(Files.readString(file)));
            }
        }
        return found;
    }

    /** The words of a template that people read and that are not asked for by key. */
    static List<String> wordsIn(String template) {
        Document html = Jsoup.parseBodyFragment(withoutCode(template));
        html.select("script, style, svg").remove();
        List<String> words = new ArrayList<>();
        for (TextNode text : allTextNodes(html.body())) {
            String shown = text.text().strip();
            if (!NOT_WORDS.matcher(shown).matches()) {
                words.add(shown);
            }
        }
        for (Element element : html.body().getAllElements()) {
            element.attributes().forEach(attribute -> {
                if (ATTRIBUTES_PEOPLE_READ.contains(attribute.getKey()) && !NOT_WORDS.matcher(attribute.getValue()).matches()) {
                    words.add(attribute.getValue());
                }
            });
        }
        return words;
    }

    private static List<TextNode> allTextNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.getAllElements().forEach(element -> texts.addAll(element.textNodes()));
        return texts;
    }

    /**
     * The template with jte's own syntax taken out (comments, imports and parameters, expressions and control), keeping
     * the HTML of content blocks passed to other templates, and the words given to them as parameters that people read.
     */
    private static String withoutCode(String template) {
        StringBuilder html = new StringBuilder();
        String source = template.replaceAll("(?s)<%--.*?--%>", "");
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("${", i) || source.startsWith("!{", i) || source.startsWith("$unsafe{", i)) {
                i = afterClosing(source, source.indexOf('{', i), '{', '}');
            } else if (source.charAt(i) == '@' && i + 1 < source.length() && Character.isLetter(source.charAt(i + 1))) {
                int name = i + 1;
                while (name < source.length() && (Character.isLetterOrDigit(source.charAt(name)) || source.charAt(name) == '.')) {
                    name++;
                }
                String directive = source.substring(i + 1, name);
                if (directive.equals("import") || directive.equals("param")) {
                    int end = source.indexOf('\n', name);
                    i = end < 0 ? source.length() : end;
                } else if (name < source.length() && source.charAt(name) == '(') {
                    i = afterClosing(source, name, '(', ')');
                    if (directive.startsWith("template.")) {
                        html.append(wordsPassedOn(source.substring(name + 1, i - 1)));
                    }
                } else {
                    i = name;
                }
            } else {
                html.append(source.charAt(i++));
            }
        }
        return html.toString();
    }

    private static final Pattern WORDS_PASSED_ON = Pattern.compile(
            "\\b(title|label|hint|text|legend|caption|heading|description|summary|message|button|lead)\\s*=\\s*\"([^\"]*)\"");

    /** What a call to another template passes that people will read: its content blocks, and words given by name. */
    private static String wordsPassedOn(String parameters) {
        StringBuilder html = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        int i = 0;
        while (i < parameters.length()) {
            if (parameters.startsWith("@`", i)) {
                int end = afterContent(parameters, i);
                html.append(withoutCode(parameters.substring(i + 2, end - 1))).append('\n');
                i = end;
            } else {
                rest.append(parameters.charAt(i++));
            }
        }
        var words = WORDS_PASSED_ON.matcher(rest);
        while (words.find()) {
            html.append("<span>").append(words.group(2)).append("</span>\n");
        }
        return html.toString();
    }

    /** Just past the backtick that closes the content block starting at {@code start} ({@code @`}). */
    private static int afterContent(String source, int start) {
        int depth = 0;
        for (int i = start; i < source.length(); i++) {
            if (source.startsWith("@`", i)) {
                depth++;
                i++;
            } else if (source.charAt(i) == '`' && --depth == 0) {
                return i + 1;
            }
        }
        return source.length();
    }

    /** Just past the bracket that closes the one at {@code open}, skipping Java strings and content blocks. */
    private static int afterClosing(String source, int open, char opening, char closing) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (source.startsWith("@`", i)) {
                i = afterContent(source, i) - 1;
            } else if (c == '"') {
                inString = true;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
        }
        return source.length();
    }
}
