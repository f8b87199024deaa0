package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.coproduce.support.BrowserCrawl;
import org.coproduce.support.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The crawl that checks every page ({@link EveryPageEveryRoleCanReachTest}) would be worthless if it could not fail.
 * Here it crawls a small site made to be wrong in each way it looks for, served by a plain HTTP server of the JDK.
 */
class TheCrawlCanFailTest {

    private static final String HEAD = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>%s</title></head><body><main><h1>%s</h1>""";

    private static final Map<String, String> PAGES = Map.of(
            "/", page("Start", """
                    <p><a href="/wide">A wide table</a></p><p><a href="/faint">Faint words</a></p>
                    <p><a href="/gone">A page that is not there</a></p><p><a href="/report.csv">The report</a></p>
                    <p><a href="/people/1">One person</a></p><p><a href="#nowhere">Skip to nowhere</a></p>"""),
            "/wide", page("Wide", "<table><tr>" + "<td>Term ends 31 December 2026</td>".repeat(6) + "</tr></table>"),
            "/faint", page("Faint", "<p style=\"color:#bbb;background:#fff\">Hard to read for many people.</p>"
                    + "<p><span aria-hidden=\"true\" style=\"color:#ddd\">✓</span> Has a co-chair</p>"),
            "/people/1", page("One person", "<p>Ruth Evans, of the Eastvale Carers' Forum.</p>"),
            // A spreadsheet that comes back as a web page: what a link to a removed export does.
            "/report.csv", page("Not a spreadsheet", "<p>Sorry.</p>"));

    private HttpServer server;
    private String origin;

    @BeforeEach
    void serveTheFaultySite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = PAGES.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? page("Not found", "<p>No such page.</p>") : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBrokenLinkAWideTableFaintWordsAWrongDownloadAndAnotherOrganisationsNameAreAllFound() {
        BrowserCrawl.Report report;
        try (BrowserContext context = Browsers.chromium().newContext()) {
            report = BrowserCrawl.in(context, origin, new HashSet<>()).from("/")
                    .neverShowing("/", List.of("Eastvale Carers' Forum")).crawl();
        }

        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).startsWith("/gone: answered 404 (linked from /)"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).startsWith("/wide: scrolls sideways on a 320 px screen").contains("td \"Term ends"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).startsWith("/faint: accessibility: color-contrast"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).startsWith("/report.csv: download came as text/html"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).isEqualTo("/people/1: shows \"Eastvale Carers' Forum\", of another organisation"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).isEqualTo("/: a link goes to #nowhere, which is not on the page"));
        assertThat(report.findings()).extracting(BrowserCrawl.Finding::toString).anySatisfy(found ->
                assertThat(found).isEqualTo("/faint: a mark hidden from screen readers has too little contrast: \"✓\" at 1.36:1"));
        assertThat(report.findings()).hasSize(7);
    }

    private static String page(String title, String content) {
        return HEAD.formatted(title, title) + content + "</main></body></html>";
    }
}
