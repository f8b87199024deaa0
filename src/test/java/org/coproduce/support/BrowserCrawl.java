package org.coproduce.support;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * Someone who follows every link they can reach, breadth first, and every form that only asks for a page (GET), and
 * checks each kind of page as the people who use it would meet it: it opens, nothing on it is broken, it passes the
 * WCAG 2.2 AA scan, it does not scroll sideways on a 320 px phone (the WCAG reflow width), it is light enough for a
 * slow, metered connection, and it shows nothing of another organisation. Files to download are fetched once of each
 * kind and must come back as what they say they are.
 *
 * <p>Every page is read as served, with the crawl's cookies, for where it leads, its links to places on the page and
 * the names it shows. Pages whose addresses differ only by numbers or tokens are one kind ({@link SiteCrawl#kindOf}),
 * and two of each kind are read. The first of a kind is also opened in real Chromium, on a phone-sized screen, for the
 * checks only a browser can make, unless a page of that kind and the same shape (its elements, their classes and
 * styles) was already checked there, by this crawl or another sharing its set of shapes: a page that two roles see
 * alike is checked once, and one that shows a role more is checked again. It never sends a form that changes
 * something, so it never signs out.
 */
public final class BrowserCrawl {

    /** One thing wrong on one page. */
    public record Finding(String page, String problem) {
        @Override
        public String toString() {
            return page + ": " + problem;
        }
    }

    /** What one crawl saw and found. */
    public record Report(int pagesOpened, int pagesChecked, int downloads, List<Finding> findings, long millis) {
    }

    /**
     * What the browser fetches to show a page, HTML, styles, scripts and images together, compressed as sent (styles and
     * scripts come from its cache after the first page, as they do for people).
     */
    public static final long MOST_BYTES = 120 * 1024;
    public static final int MOST_REQUESTS = 12;
    /** WCAG 2.2 success criterion 1.4.10 Reflow: 320 CSS pixels wide, with no scrolling in two directions. */
    public static final int NARROWEST = 320;

    private static final int PAGES_OF_EACH_KIND = 2;
    private static final int MOST_PAGES = 600;
    private static final Map<String, String> TYPE_OF_EXTENSION = Map.ofEntries(
            Map.entry("csv", "text/csv"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"), Map.entry("ics", "text/calendar"),
            Map.entry("atom", "application/atom+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"));

    /**
     * Marks hidden from screen readers (a tick or a cross beside words that say the same), which axe does not judge,
     * with less than the 3:1 contrast WCAG 2.2 asks of graphics that help people understand (1.4.11).
     */
    private static final String FAINT_MARKS = """
            () => {
              const luminance = colour => {
                const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => {
                  v /= 255;
                  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const background = e => {
                for (; e; e = e.parentElement) {
                  const parts = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g);
                  if (parts && (parts.length < 4 || Number(parts[3]) > 0)) return getComputedStyle(e).backgroundColor;
                }
                return 'rgb(255, 255, 255)';
              };
              return [...document.querySelectorAll('[aria-hidden="true"]')]
                .filter(e => e.textContent.trim() && e.getClientRects().length > 0)
                .map(e => {
                  const a = luminance(getComputedStyle(e).color), b = luminance(background(e));
                  return { mark: e.textContent.trim().substring(0, 10), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
                })
                .filter(m => m.ratio < 3)
                .map(m => '"' + m.mark + '" at ' + m.ratio.toFixed(2) + ':1');
            }""";

    /** The innermost elements that reach past the right edge of the window, as tag.class and a little text. */
    private static final String TOO_WIDE = """
            (width) => {
              const wide = [...document.body.querySelectorAll('*')].filter(e => {
                const box = e.getBoundingClientRect();
                if (box.right <= width + 1 || getComputedStyle(e).visibility === 'hidden') return false;
                for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                  const o = getComputedStyle(p).overflowX;
                  if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
                }
                return true;
              });
              return wide.filter(e => !wide.some(o => o !== e && e.contains(o))).slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (e.innerText || '').trim().substring(0, 40) + '" to ' + Math.round(e.getBoundingClientRect().right) + 'px');
            }""";

    private final BrowserContext context;
    private final String origin;
    private final List<String> starts = new ArrayList<>();
    private final Map<String, Set<String>> neverShown = new LinkedHashMap<>();
    private final Set<String> checkedShapes;
    private Pattern skipped = Pattern.compile("$^");

    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> foundOn = new HashMap<>();
    private final Set<String> downloadKinds = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private int opened;
    private int checked;
    private int downloads;

    private BrowserCrawl(BrowserContext context, String origin, Set<String> checkedShapes) {
        this.context = context;
        this.origin = origin;
        this.checkedShapes = checkedShapes;
    }

    /**
     * A crawl in this browser context (signed in or not) of the site at this origin ({@code http://localhost:8080}).
     * Crawls that share the set of shapes checked never open the same kind and shape of page in the browser twice. A
     * crawl runs once.
     */
    public static BrowserCrawl in(BrowserContext context, String origin, Set<String> checkedShapes) {
        return new BrowserCrawl(context, origin, checkedShapes);
    }

    public BrowserCrawl from(String... paths) {
        starts.addAll(Arrays.asList(paths));
        return this;
    }

    /** Pages whose path starts with the prefix must show none of these words (another organisation's names). */
    public BrowserCrawl neverShowing(String pathPrefix, Collection<String> words) {
        neverShown.computeIfAbsent(pathPrefix, prefix -> new HashSet<>()).addAll(words);
        return this;
    }

    /** Addresses never opened, such as those that end the session. */
    public BrowserCrawl skipping(String pathPattern) {
        skipped = Pattern.compile(pathPattern);
        return this;
    }

    public Report crawl() {
        long started = System.nanoTime();
        Page page = context.newPage();
        page.setViewportSize(NARROWEST, 640);
        // Every page the browser opens is scanned, so axe is there from the start: cheaper than adding it to each.
        page.addInitScript(Axe.SCRIPT);
        PageWeight weight = PageWeight.of(page);
        queue.addAll(starts.isEmpty() ? List.of("/") : starts);
        seen.addAll(queue);
        Map<String, Integer> readOfKind = new HashMap<>();
        while (!queue.isEmpty() && opened < MOST_PAGES) {
            String path = queue.removeFirst();
            int ofKind = readOfKind.merge(SiteCrawl.kindOf(path), 1, Integer::sum);
            if (ofKind > PAGES_OF_EACH_KIND) {
                continue;
            }
            if (SiteCrawl.isDownload(path)) {
                download(path);
            } else {
                read(path, ofKind == 1 ? page : null, weight);
            }
        }
        page.close();
        return new Report(opened, checked, downloads, List.copyOf(findings), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A page read as served, for where it leads and what it shows, then opened in the browser if one is given and no
     * page of its kind and shape has been checked there yet.
     */
    private void read(String path, Page browser, PageWeight weight) {
        APIResponse response = context.request().get(origin + path);
        try {
            opened++;
            String type = response.headers().getOrDefault("content-type", "");
            String here = pathOf(response.url());
            if (response.status() >= 400) {
                findings.add(new Finding(path, "answered " + response.status() + linkedFrom(path)));
            } else if (!type.startsWith("text/html")) {
                download(path);
            } else if (here != null && !here.equals(path)) {
                follow(path, response.url(), false);
            } else if (here != null) {
                Document html = Jsoup.parse(response.text(), response.url());
                checkText(here, html.body().text());
                checkPlaces(here, html);
                html.select("a[href]").forEach(link -> follow(here, link.absUrl("href"), link.hasAttr("download")));
                html.forms().stream().filter(form -> form.attr("method").isEmpty() || form.attr("method").equalsIgnoreCase("get"))
                        .forEach(form -> follow(here, addressOf(form, html), false));
                if (browser != null && checkedShapes.add(SiteCrawl.kindOf(here) + " " + shapeOf(html))) {
                    checked++;
                    checkInTheBrowser(here, browser, weight);
                }
            }
        } finally {
            response.dispose();
        }
    }

    private void follow(String here, String href, boolean download) {
        String target = pathOf(href);
        if (target == null || skipped.matcher(target).matches() || !seen.add(target)) {
            return;
        }
        foundOn.put(target, here);
        if (download) {
            download(target);
        } else {
            queue.addLast(target);
        }
    }

    /** Where a GET form goes when sent as it stands, with what its fields hold, as a browser would build it. */
    private static String addressOf(FormElement form, Document html) {
        String action = form.hasAttr("action") && !form.attr("action").isBlank() ? form.absUrl("action") : html.location();
        String query = form.formData().stream()
                .map(field -> encoded(field.key()) + "=" + encoded(field.value()))
                .collect(Collectors.joining("&"));
        int end = action.indexOf('?') >= 0 ? action.indexOf('?') : action.indexOf('#') >= 0 ? action.indexOf('#') : action.length();
        return action.substring(0, end) + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Links to a place on the same page (#id) whose place is not there go nowhere. */
    private void checkPlaces(String here, Document html) {
        html.select("a[href^=#]").stream().map(link -> link.attr("href").substring(1))
                .filter(id -> !id.isEmpty() && html.getElementById(URLDecoder.decode(id, StandardCharsets.UTF_8)) == null)
                .distinct()
                .forEach(id -> findings.add(new Finding(here, "a link goes to #" + id + ", which is not on the page")));
    }

    /**
     * The kinds of element on the page, each with its classes, place (id without numbers) and style, and not how many
     * of each there are: a list of five people and one of fifty have one shape, and a page with a section more has
     * another.
     */
    private static int shapeOf(Document html) {
        return html.getAllElements().stream()
                .map(e -> e.normalName() + "." + e.attr("class") + "#" + e.id().replaceAll("[0-9]+", "") + ";"
                        + e.attr("style").replaceAll("[0-9.]+", ""))
                .collect(Collectors.toCollection(TreeSet::new)).hashCode();
    }

    /** What only a browser can tell: the scan, the page's weight, faint marks and sideways scrolling on a phone. */
    private void checkInTheBrowser(String here, Page page, PageWeight weight) {
        weight.reset();
        Response response;
        try {
            response = page.navigate(origin + here);
        } catch (PlaywrightException e) {
            findings.add(new Finding(here, "did not open in the browser" + linkedFrom(here) + ": " + firstLine(e.getMessage())));
            return;
        }
        if (response == null || response.status() >= 400) {
            findings.add(new Finding(here, "answered " + (response == null ? "nothing" : response.status()) + " in the browser"));
            return;
        }
        for (Rule rule : BrowserTest.scan(page)) {
            findings.add(new Finding(here, "accessibility: " + rule.getId() + ", " + rule.getHelp() + ": "
                    + rule.getNodes().stream().limit(3).map(node -> node.getHtml()).collect(Collectors.joining(" | "))));
        }
        @SuppressWarnings("unchecked")
        List<String> faint = (List<String>) page.evaluate(FAINT_MARKS);
        faint.forEach(mark -> findings.add(new Finding(here, "a mark hidden from screen readers has too little contrast: " + mark)));
        if (weight.bytes() > MOST_BYTES || weight.requests() > MOST_REQUESTS) {
            findings.add(new Finding(here, "too heavy: %d KB in %d requests, over the budget of %d KB in %d"
                    .formatted(weight.bytes() / 1024, weight.requests(), MOST_BYTES / 1024, MOST_REQUESTS)));
        }
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > NARROWEST) {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) page.evaluate(TOO_WIDE, NARROWEST);
            findings.add(new Finding(here, "scrolls sideways on a " + NARROWEST + " px screen (" + width + " px wide): "
                    + String.join("; ", wide)));
        }
    }

    private void checkText(String here, String text) {
        neverShown.entrySet().stream().filter(entry -> here.startsWith(entry.getKey()))
                .flatMap(entry -> entry.getValue().stream()).filter(text::contains)
                .forEach(word -> findings.add(new Finding(here, "shows \"" + word + "\", of another organisation")));
    }

    /** One file of each kind is fetched, and must come back whole as what its name says it is. */
    private void download(String path) {
        if (!downloadKinds.add(SiteCrawl.kindOf(path))) {
            return;
        }
        downloads++;
        APIResponse response = context.request().get(origin + path);
        try {
            String type = response.headers().getOrDefault("content-type", "");
            String extension = SiteCrawl.pathOf(path).substring(SiteCrawl.pathOf(path).lastIndexOf('.') + 1);
            String expected = TYPE_OF_EXTENSION.get(extension);
            if (response.status() != 200) {
                findings.add(new Finding(path, "download answered " + response.status() + linkedFrom(path)));
            } else if (expected != null && !type.startsWith(expected)) {
                findings.add(new Finding(path, "download came as " + type + ", not " + expected + linkedFrom(path)));
            } else if (expected == null && type.startsWith("text/html")) {
                findings.add(new Finding(path, "download came as a web page" + linkedFrom(path)));
            } else if (response.body().length == 0) {
                findings.add(new Finding(path, "download was empty" + linkedFrom(path)));
            }
        } finally {
            response.dispose();
        }
    }

    private String linkedFrom(String path) {
        return foundOn.containsKey(path) ? " (linked from " + foundOn.get(path) + ")" : "";
    }

    /** The path and query of an address on this site, without any #place; null for anywhere else. */
    private String pathOf(String address) {
        if (address == null || !address.startsWith(origin + "/")) {
            return null;
        }
        URI uri = URI.create(address);
        return uri.getRawPath() + (uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? "" : "?" + uri.getRawQuery());
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
