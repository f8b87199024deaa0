package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coproduce.notifications.InProcessMailServer;
import org.coproduce.support.BrowserCrawl;
import org.coproduce.support.OnTheDemo;
import org.coproduce.support.Browsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page each demo account can reach by following links, and every page of the public site, checked in a real
 * browser ({@link BrowserCrawl}): it opens, it passes the WCAG 2.2 AA scan, it does not scroll sideways on a small
 * phone, it is light, and it shows nothing of another organisation. New pages are covered the day they are linked,
 * without anyone listing them.
 *
 * <p>It only reads, so it shares the demo's running application with {@code DemoTest}.
 */
@OnTheDemo
class EveryPageEveryRoleCanReachTest {

    private static final String DEMO_PASSWORD = "coproduce-demo";
    /** The link to the other language changes the language of every page after it, so each crawl stays in English. */
    private static final String OTHER_LANGUAGE = "/language/.*";
    /** The demo mailbox shows everyone's email by design, so signed-in roles leave it to the public's crawl. */
    private static final String NOT_FOR_SIGNED_IN = "/sign-out.*|/demo/.*|" + OTHER_LANGUAGE;

    @Autowired InProcessMailServer mail;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    /** Kinds and shapes of page already checked in the browser, by whichever role met them first. */
    private final Set<String> checkedInTheBrowser = ConcurrentHashMap.newKeySet();

    /**
     * Who crawls, how they sign in, and about how many seconds their crawl takes in the order below (a page
     * that another role has checked in the browser is not checked again), so the longest start first.
     */
    private record Role(String name, int seconds, Function<BrowserContext, BrowserCrawl> crawl) {
    }

    @Test
    void everyRoleCanReachOnlyWorkingAccessiblePagesOfItsOwnOrganisation() {
        Set<String> northshire = namesOnlyIn("northshire");
        Set<String> eastvale = namesOnlyIn("eastvale");
        List<Role> roles = List.of(
                new Role("public", 25, context -> crawl(context).from("/", "/public/northshire", "/public/eastvale", "/sign-in",
                        "/sign-in/email-link", "/demo/mailbox").skipping(OTHER_LANGUAGE)
                        .neverShowing("/public/northshire", eastvale).neverShowing("/public/eastvale", northshire)),
                new Role("partner (Jamie, by email link)", 40, context -> signedInByLink(context, "jamie.lee@northshire.example", eastvale)),
                new Role("coordinator (Priya)", 115, context -> signedIn(context, "priya.shah@northshire.example", eastvale)),
                new Role("staff (Tom)", 15, context -> signedIn(context, "tom.bennett@northshire.example", eastvale)),
                new Role("finance (Grace)", 25, context -> signedIn(context, "grace.adeyemi@northshire.example", eastvale)),
                new Role("board member (Helen)", 10, context -> signedIn(context, "helen.ward@northshire.example", eastvale)),
                new Role("coordinator of Eastvale (Ruth)", 80, context -> signedIn(context, "ruth.evans@eastvale.example", northshire)));

        BrowserCrawl.Report[] reports = crawlTwoAtATime(roles);

        List<String> rows = new ArrayList<>();
        List<BrowserCrawl.Finding> findings = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            Role role = roles.get(i);
            BrowserCrawl.Report report = reports[i];
            rows.add("| %s | %d | %d | %d | %d | %.1f |".formatted(role.name(), report.pagesOpened(), report.pagesChecked(),
                    report.downloads(), report.findings().size(), report.millis() / 1000.0));
            report.findings().forEach(finding -> findings.add(new BrowserCrawl.Finding(role.name() + ": " + finding.page(),
                    finding.problem())));
        }

        System.out.println("\n| role | pages read | pages checked in the browser | downloads checked | findings | seconds |\n"
                + "| --- | --: | --: | --: | --: | --: |\n" + String.join("\n", rows));
        assertThat(rows).hasSize(roles.size());
        assertThat(findings).withFailMessage(() -> "What the crawl found, page by page:\n"
                + findings.stream().map(BrowserCrawl.Finding::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    /**
     * The roles crawled on two threads, each with a browser of its own, as the machine has two cores and a crawl keeps
     * only one busy at a time (the browser, then the application). The longest go first, so the two finish together.
     */
    private BrowserCrawl.Report[] crawlTwoAtATime(List<Role> roles) {
        BrowserCrawl.Report[] reports = new BrowserCrawl.Report[roles.size()];
        Queue<Integer> left = new ConcurrentLinkedQueue<>(IntStream.range(0, roles.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> roles.get(i).seconds()).reversed()).toList());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Runnable crawler = () -> {
                try (Browsers.Launched browser = Browsers.launch()) {
                    for (Integer next = left.poll(); next != null; next = left.poll()) {
                        try (BrowserContext context = browser.browser().newContext()) {
                            context.setDefaultTimeout(15_000);
                            reports[next] = roles.get(next).crawl().apply(context).crawl();
                        }
                    }
                }
            };
            List<Future<?>> crawlers = List.of(threads.submit(crawler), threads.submit(crawler));
            for (Future<?> running : crawlers) {
                running.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a crawl stopped", e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return reports;
    }

    private BrowserCrawl crawl(BrowserContext context) {
        return BrowserCrawl.in(context, "http://localhost:" + port, checkedInTheBrowser);
    }

    private BrowserCrawl signedIn(BrowserContext context, String email, Set<String> otherOrganisation) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(address -> !address.contains("/sign-in"));
        assertThat(page.textContent("body")).as(email).contains("Hello");
        page.close();
        return crawl(context).from("/").skipping(NOT_FOR_SIGNED_IN).neverShowing("/", otherOrganisation);
    }

    /** A partner signs in as the README says: asks for a link, and opens it from the email. */
    private BrowserCrawl signedInByLink(BrowserContext context, String email, Set<String> otherOrganisation) {
        Page page = context.newPage();
        int before = mail.countTo(email);
        page.navigate("http://localhost:" + port + "/sign-in/email-link");
        page.getByLabel("Email address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
        page.getByText("Check your email").first().waitFor();
        String link = mail.latestTo(email, before).orElseThrow().firstLink();
        page.navigate("http://localhost:" + port + link.replaceFirst("^https?://[^/]+", ""));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(address -> !address.contains("/login") && !address.contains("/sign-in"));
        assertThat(page.textContent("body")).as(email).contains("Hello");
        page.close();
        return crawl(context).from("/").skipping(NOT_FOR_SIGNED_IN).neverShowing("/", otherOrganisation);
    }

    /** The names of the people of one demo organisation who are in no other, and the organisation's own name. */
    private Set<String> namesOnlyIn(String slug) {
        Set<String> names = new HashSet<>(jdbc.sql("""
                select p.full_name from person p join organisation o on o.id = p.organisation_id
                where o.slug = :slug
                  and not exists (select 1 from person q where q.full_name = p.full_name and q.organisation_id <> p.organisation_id)
                """).param("slug", slug).query(String.class).list());
        names.add(jdbc.sql("select name from organisation where slug = :slug").param("slug", slug).query(String.class).single());
        return names;
    }
}
