package org.coproduce.support;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.net.URI;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Someone in a real browser who follows every link they can reach, breadth first, and every form that only asks
 * for a page (GET), and checks each kind of page as the people who use it would meet it: it opens, nothing on it
 * is broken, it passes the WCAG 2.2 AA scan, it does not scroll sideways on a 320 px phone (the WCAG reflow width),
 * it is light enough for a slow, metered connection, and it shows nothing of another organisation. Files to
 * download are fetched once of each kind and must come back as what they say they are.
 *
 * <p>Pages whose addresses differ only by numbers or tokens are one kind ({@link SiteCrawl#kindOf}): it opens the first
 * of each kind in the browser and checks it in full, and reads a second without the browser to find where it leads. The accessibility scan, the slowest check, runs once
 * for each kind and shape of page (its elements, their classes and styles), however many crawls meet it: a page that
 * two roles see alike is scanned once, and one that shows a role more is scanned again. It never sends a form that
 * changes something, so it never signs out.
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

    /** Links and the addresses GET forms would go to, as the browser resolves them, with the download attribute. */
    private static final String LINKS = """
            () => {
              const links = [...document.querySelectorAll('a[href]')]
                .map(a => ({ href: a.href, download: a.hasAttribute('download') }));
              const forms = [...document.querySelectorAll('form')]
                .filter(f => (f.getAttribute('method') || 'get').toLowerCase() === 'get')
                .map(f => {
                  const query = new URLSearchParams(new FormData(f)).toString();
                  const action = new URL(f.action || location.href);
                  action.search = query;
                  return { href: action.href, download: false };
                });
              return links.concat(forms);
            }""";

    /** Links to a place on the same page (#id) whose place is not there: the link goes nowhere. */
    private static final String MISSING_PLACES = """
            () => [...document.querySelectorAll('a[href^="#"]')]
                .map(a => a.getAttribute('href').substring(1))
                .filter(id => id.length > 0 && !document.getElementById(decodeURIComponent(id)))""";

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

    /**
     * The kinds of element on the page, each with its classes, place (id without numbers) and style, and not how many
     * of each there are: a list of five people and one of fifty have one shape, and a page with a section more has
     * another.
     */
    private static final String SHAPE = """
            () => [...new Set([...document.querySelectorAll('*')].map(e => e.tagName + '.' + e.getAttribute('class')
                + '#' + e.id.replace(/[0-9]+/g, '') + ';' + (e.getAttribute('style') || '').replace(/[0-9.]+/g, '')))].sort().join('|')""";


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
    private final Set<String> scannedShapes;
    private final Set<String> checkedKinds = new HashSet<>();
    private Pattern skipped = Pattern.compile("$^");

    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, String> foundOn = new HashMap<>();
    private final Set<String> downloadKinds = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private int opened;
    private int checked;
    private int downloads;

    private BrowserCrawl(BrowserContext context, String origin, Set<String> scannedShapes) {
        this.context = context;
        this.origin = origin;
        this.scannedShapes = scannedShapes;
    }

    /**
     * A crawl in this browser context (signed in or not) of the site at this origin ({@code http://localhost:8080}).
     * Crawls that share the set of shapes scanned never scan the same kind and shape of page twice. A crawl runs once.
     */
    public static BrowserCrawl in(BrowserContext context, String origin, Set<String> scannedShapes) {
        return new BrowserCrawl(context, origin, scannedShapes);
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
        page.setViewportSize(1024, 768);
        PageWeight weight = PageWeight.of(page);
        queue.addAll(starts.isEmpty() ? List.of("/") : starts);
        seen.addAll(queue);
        Map<String, Integer> openedOfKind = new HashMap<>();
        while (!queue.isEmpty() && opened < MOST_PAGES) {
            String path = queue.removeFirst();
            String kind = SiteCrawl.kindOf(path);
            int ofKind = openedOfKind.merge(kind, 1, Integer::sum);
            if (ofKind > PAGES_OF_EACH_KIND) {
                continue;
            }
            if (SiteCrawl.isDownload(path)) {
                download(path);
            } else if (ofKind == 1) {
                open(page, weight, path);
            } else {
                read(path);
            }
        }
        page.close();
        return new Report(opened, checked, downloads, List.copyOf(findings), (System.nanoTime() - started) / 1_000_000);
    }

    /** The first page of a kind, in the browser, checked in full. */
    private void open(Page page, PageWeight weight, String path) {
        weight.reset();
        Response response;
        try {
            response = page.navigate(origin + path);
        } catch (PlaywrightException e) {
            if (e.getMessage().contains("Download is starting")) {
                download(path);
            } else {
                findings.add(new Finding(path, "did not open" + linkedFrom(path) + ": " + firstLine(e.getMessage())));
            }
            return;
        }
        opened++;
        int status = response == null ? 0 : response.status();
        if (status >= 400) {
            findings.add(new Finding(path, "answered " + status + linkedFrom(path)));
            return;
        }
        String here = pathOf(page.url());
        if (here == null) {
            return;
        }
        checkText(here, page.innerText("body"));
        if (checkedKinds.add(SiteCrawl.kindOf(here))) {
            checked++;
            checkInFull(here, page, weight);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate(LINKS);
        links.forEach(link -> follow(here, (String) link.get("href"), Boolean.TRUE.equals(link.get("download"))));
    }

    /**
     * Another page of a kind already checked, read without the browser (with its cookies) only to find where it leads,
     * and that it opens and shows nothing of another organisation: the browser's time goes to the checks.
     */
    private void read(String path) {
        APIResponse response = context.request().get(origin + path);
        try {
            opened++;
            String type = response.headers().getOrDefault("content-type", "");
            if (response.status() >= 400) {
                findings.add(new Finding(path, "answered " + response.status() + linkedFrom(path)));
            } else if (!type.startsWith("text/html")) {
                download(path);
            } else if (pathOf(response.url()) != null && !pathOf(response.url()).equals(path)) {
                follow(path, response.url(), false);
            } else if (pathOf(response.url()) != null) {
                String here = path;
                Document html = Jsoup.parse(response.text(), response.url());
                checkText(here, html.body().text());
                html.select("a[href]").forEach(link -> follow(here, link.absUrl("href"), link.hasAttr("download")));
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

    private void checkInFull(String here, Page page, PageWeight weight) {
        boolean newShape = scannedShapes.add(SiteCrawl.kindOf(here) + " " + ((String) page.evaluate(SHAPE)).hashCode());
        for (Rule rule : newShape ? BrowserTest.scan(page) : List.<Rule>of()) {
            findings.add(new Finding(here, "accessibility: " + rule.getId() + ", " + rule.getHelp() + ": "
                    + rule.getNodes().stream().limit(3).map(node -> node.getHtml()).collect(Collectors.joining(" | "))));
        }
        @SuppressWarnings("unchecked")
        List<String> faint = (List<String>) page.evaluate(FAINT_MARKS);
        faint.forEach(mark -> findings.add(new Finding(here, "a mark hidden from screen readers has too little contrast: " + mark)));
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) page.evaluate(MISSING_PLACES);
        missing.forEach(id -> findings.add(new Finding(here, "a link goes to #" + id + ", which is not on the page")));
        if (weight.bytes() > MOST_BYTES || weight.requests() > MOST_REQUESTS) {
            findings.add(new Finding(here, "too heavy: %d KB in %d requests, over the budget of %d KB in %d"
                    .formatted(weight.bytes() / 1024, weight.requests(), MOST_BYTES / 1024, MOST_REQUESTS)));
        }
        page.setViewportSize(NARROWEST, 640);
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        if (width > NARROWEST) {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) page.evaluate(TOO_WIDE, NARROWEST);
            findings.add(new Finding(here, "scrolls sideways on a " + NARROWEST + " px screen (" + width + " px wide): "
                    + String.join("; ", wide)));
        }
        page.setViewportSize(1024, 768);
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
