package org.coproduce.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the running application in real headless Chromium. Every page a journey visits is scanned
 * with axe-core for WCAG 2.2 AA, and any violation fails the test with a list of what is wrong and where.
 */
@CoproduceTest
public abstract class BrowserTest {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort protected int port;
    @Autowired protected Fixtures fixtures;

    protected BrowserContext context;
    protected Page page;

    /** Journeys run with JavaScript on unless they say otherwise, as most people's browsers do. */
    protected boolean javaScriptEnabled() {
        return true;
    }

    @BeforeEach
    void openBrowser() {
        context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScriptEnabled())
                .setViewportSize(1024, 768));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    /** Signs in through the sign-in page, with the password every test person has. */
    protected void signIn(org.coproduce.accounts.CurrentUser user) {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(user.email());
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        // A click does not wait for the page it leads to, so a journey that went straight on could overtake the
        // sign-in and arrive signed out.
        page.waitForURL(address -> !address.contains("/sign-in"));
    }

    protected void open(String path) {
        page.navigate(url(path));
        assertAccessible();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Runs axe on the page as it is now. */
    protected void assertAccessible() {
        page.waitForLoadState();
        List<Rule> violations = javaScriptEnabled() ? scan(page) : scanAsServed(page);
        assertThat(violations)
                .withFailMessage(() -> "Accessibility problems on " + page.url() + ":\n" + describe(violations))
                .isEmpty();
    }

    public static List<Rule> scan(Page page) {
        return Axe.violations(page, WCAG_22_AA);
    }

    /**
     * axe runs as JavaScript, so a page opened with JavaScript off is scanned as a copy: the same HTML, served at the
     * same address to a second browser tab in which our own scripts are blocked.
     */
    private static List<Rule> scanAsServed(Page page) {
        String html = page.content();
        String address = page.url();
        try (BrowserContext scanner = Browsers.chromium().newContext()) {
            scanner.setDefaultTimeout(15_000);
            Page copy = scanner.newPage();
            copy.route(url -> url.contains("/js/"), Route::abort);
            copy.route(url -> url.equals(address), route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
            copy.navigate(address);
            return scan(copy);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(node -> node.getHtml()).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }
}
