package org.coproduce.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks the site as someone clicking every link would, breadth first over real HTTP with a {@link Visitor} (signed in
 * or not), and notes every page it reached and every form on them. It reads one or two pages of each kind, where pages
 * whose paths differ only by numbers or tokens are one kind ({@code /people/12} and {@code /people/30}), so a crawl
 * of 40 people's profiles reads two. It never sends a form (so never signs out), and does not follow links that
 * download a file or leave the site.
 */
public final class SiteCrawl {

    /** A page the crawl asked for, and the status it came back with (after no redirect). */
    public record Visit(String path, int status) {
    }

    /**
     * One field as the page sets it, with the values it would send as it stands: a select, or a group of radios or
     * checkboxes with one name, is one field with its options and the ones chosen.
     */
    public record Field(String name, String type, String inputmode, List<String> values, List<String> options) {

        /** Types where people type what they like; the rest are chosen from what the page offers. */
        private static final Set<String> TYPED = Set.of("text", "textarea", "email", "tel", "search", "number", "url",
                "password", "date", "time", "datetime-local", "month", "week");

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean isTyped() {
            return TYPED.contains(type);
        }

        /** Typed, but only digits make sense: a number, a day, a month or a year, an amount. */
        public boolean wantsDigits() {
            return type.equals("number") || inputmode.equals("numeric") || inputmode.equals("decimal");
        }

        public boolean isFile() {
            return type.equals("file");
        }
    }

    /** A form as found on a page: where it is sent, how, and its fields in the page's order. */
    public record Form(String foundOn, String method, String action, boolean multipart, List<Field> fields) {

        public boolean isPost() {
            return method.equals("post");
        }

        /**
         * The same form, wherever it appears: its method, its action and its fields' names, with numbers taken out
         * (a form with a field for each person, {@code spoke-25} and {@code spoke-26}, is one kind whoever is in it).
         */
        public String kind() {
            return method + " " + kindOf(action) + " "
                    + fields.stream().map(field -> NUMBER.matcher(field.name()).replaceAll("{n}")).sorted().distinct().toList();
        }
    }

    /** What a crawl found. */
    public record Site(List<Visit> pages, List<Form> forms) {

        /** One form of each {@link Form#kind() kind}, the first found. */
        public List<Form> formsOfEachKind() {
            Map<String, Form> first = new LinkedHashMap<>();
            forms.forEach(form -> first.putIfAbsent(form.kind(), form));
            return List.copyOf(first.values());
        }
    }

    /** Where links are read from: any port, as links in emails name none. */
    private static final String ORIGIN = "http://localhost";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /**
     * A path segment that stands for one of many: a long one with digits in it is a token (a link from an email), and
     * one in capitals is one of a list of things of a kind ({@code /sessions/4/access/BSL_INTERPRETER}).
     */
    private static final Pattern ONE_OF_MANY = Pattern.compile("(?<=/)((?=[^/]*\\d)[A-Za-z0-9_-]{20,}|[A-Z][A-Z0-9_]+)(?=/|$)");
    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(csv|xlsx|pdf|docx?|odt|ics|zip|png|jpe?g|gif|webp|mp3|m4a|ogg|wav|mp4|atom)$");

    private static final int PAGES_OF_EACH_KIND = 2;
    /** Enough for the demo several times over, in case a page links to ever more new kinds of page. */
    private static final int MOST_PAGES = 1_000;

    private final Visitor visitor;
    private final List<String> starts = new ArrayList<>();

    private SiteCrawl(Visitor visitor) {
        this.visitor = visitor;
    }

    /** A crawl as this visitor, signed in or not, from the home page unless told otherwise. */
    public static SiteCrawl as(Visitor visitor) {
        return new SiteCrawl(visitor);
    }

    public SiteCrawl from(String... paths) {
        starts.addAll(Arrays.asList(paths));
        return this;
    }

    public Site crawl() {
        Deque<String> queue = new ArrayDeque<>(starts.isEmpty() ? List.of("/") : starts);
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> readOfKind = new HashMap<>();
        List<Visit> pages = new ArrayList<>();
        List<Form> forms = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < MOST_PAGES) {
            String path = queue.removeFirst();
            if (readOfKind.merge(kindOf(path), 1, Integer::sum) > PAGES_OF_EACH_KIND) {
                continue;
            }
            Visitor.Page page = visitor.get(path);
            pages.add(new Visit(path, page.status()));
            String next = page.location() != null ? sameSite(page.location()) : null;
            if (next != null && seen.add(next)) {
                queue.addLast(next);
            }
            if (!page.isHtml()) {
                continue;
            }
            Document html = Jsoup.parse(page.body(), ORIGIN + path);
            for (Element link : html.select("a[href]")) {
                String target = sameSite(link.absUrl("href"));
                if (target != null && !link.hasAttr("download") && !isDownload(target)
                        && seen.add(target)) {
                    queue.addLast(target);
                }
            }
            html.select("form").forEach(form -> forms.add(formIn(path, form)));
        }
        return new Site(List.copyOf(pages), List.copyOf(forms));
    }

    /** The kind of page at a path: numbers, tokens and names in capitals become {n}; a query keeps its names and drops its values. */
    public static String kindOf(String path) {
        int query = path.indexOf('?');
        String kind = NUMBER.matcher(ONE_OF_MANY.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("{n}")).replaceAll("{n}");
        if (query < 0) {
            return kind;
        }
        return kind + "?" + Arrays.stream(path.substring(query + 1).split("&"))
                .map(pair -> pair.split("=", 2)[0]).sorted().distinct().collect(Collectors.joining("&"));
    }

    private static Form formIn(String page, Element form) {
        String method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(Locale.ROOT);
        String action = form.attr("action").isBlank() ? page : sameSiteOrAsIs(form.absUrl("action"));
        boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name], button[name]")) {
            if (input.hasAttr("disabled")) {
                continue;
            }
            String name = input.attr("name");
            String type = switch (input.tagName()) {
                case "textarea", "select" -> input.tagName();
                case "button" -> input.attr("type").isBlank() ? "submit" : input.attr("type").toLowerCase(Locale.ROOT);
                default -> input.attr("type").isBlank() ? "text" : input.attr("type").toLowerCase(Locale.ROOT);
            };
            switch (type) {
                // A named button sends its value only when pressed: a form with several is kept with the first.
                case "submit", "image" -> fields.putIfAbsent(name, new Field(name, "submit", "", List.of(input.attr("value")), List.of()));
                case "button", "reset" -> { }
                case "select" -> {
                    List<String> options = input.select("option").eachAttr("value");
                    Element chosen = input.selectFirst("option[selected]");
                    String value = chosen != null ? chosen.attr("value") : options.isEmpty() ? "" : options.get(0);
                    fields.put(name, new Field(name, type, "", List.of(value), options));
                }
                case "radio", "checkbox" -> {
                    Field group = fields.getOrDefault(name, new Field(name, type, "", List.of(), List.of()));
                    String value = input.hasAttr("value") ? input.attr("value") : "on";
                    fields.put(name, new Field(name, type, "", input.hasAttr("checked") ? plus(group.values(), value) : group.values(),
                            plus(group.options(), value)));
                }
                case "textarea" -> fields.put(name, new Field(name, type, input.attr("inputmode"), List.of(input.wholeText()), List.of()));
                default -> fields.put(name, new Field(name, type, input.attr("inputmode"), List.of(input.attr("value")), List.of()));
            }
        }
        return new Form(page, method, action, multipart, List.copyOf(fields.values()));
    }

    private static List<String> plus(List<String> list, String more) {
        List<String> longer = new ArrayList<>(list);
        longer.add(more);
        return List.copyOf(longer);
    }

    /** The path and query of a link (or a redirect) to this site, without any #place on the page; null for elsewhere. */
    private static String sameSite(String href) {
        if (href.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(ORIGIN + "/").resolve(href.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost()) || uri.getRawPath() == null) {
            return null;
        }
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String sameSiteOrAsIs(String action) {
        String path = sameSite(action);
        return path == null ? action : path;
    }

    /** A file to download rather than a page to read, by the ending of its name. */
    static boolean isDownload(String target) {
        return DOWNLOAD.matcher(pathOf(target)).matches();
    }

    /** The path without its query, in small letters. */
    static String pathOf(String target) {
        int query = target.indexOf('?');
        return (query < 0 ? target : target.substring(0, query)).toLowerCase(Locale.ROOT);
    }
}
