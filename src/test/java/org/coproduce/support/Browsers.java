package org.coproduce.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.impl.driver.Driver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One headless Chromium for the whole test run. Starting Playwright unpacks its driver, which is slow, so it happens
 * once. The machine's own Chromium is used where there is one ({@code CHROME_PATH}, or Debian's {@code chromium}), as
 * on CI, where nothing else can be fetched; elsewhere Playwright downloads its own, once, as it normally does.
 */
public final class Browsers {

    private static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    /** A Chromium and the Playwright that drives it, to be used only on the thread that launched it. */
    public record Launched(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            playwright.close();
        }
    }

    private static Browser browser;
    private static Optional<Path> installed;

    private Browsers() {
    }

    /** The browser the tests share, on the thread that runs them. */
    public static synchronized Browser chromium() {
        if (browser == null) {
            Launched launched = launch();
            browser = launched.browser();
            Runtime.getRuntime().addShutdownHook(new Thread(launched::close));
        }
        return browser;
    }

    /**
     * A browser of its own for a thread that works beside the test's: Playwright may only be used on the thread that
     * created it. Close it when done.
     */
    public static Launched launch() {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
        chromiumToUse().ifPresent(options::setExecutablePath);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Launched(playwright, playwright.chromium().launch(options));
    }

    /** The machine's own Chromium, or none, once Playwright has fetched its own. */
    private static synchronized Optional<Path> chromiumToUse() {
        if (installed == null) {
            installed = installedChromium();
            if (installed.isEmpty()) {
                fetchPlaywrightsChromium();
            }
        }
        return installed;
    }

    /**
     * What {@code mvn exec:java -Dexec.mainClass=com.microsoft.playwright.CLI -Dexec.args="install chromium"} does, as
     * Playwright documents it: only Chromium, where Playwright left to itself would fetch three browsers.
     */
    private static void fetchPlaywrightsChromium() {
        System.out.println("The browser tests found no Chromium on this machine (no CHROME_PATH, no chromium on the path), "
                + "so Playwright is fetching its own, once, into its cache (~/.cache/ms-playwright).");
        ProcessBuilder install = Driver.ensureDriverInstalled(Map.of(), false).createProcessBuilder().inheritIO();
        install.command().addAll(List.of("install", "chromium"));
        try {
            int exit = install.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("Playwright could not fetch Chromium (exit " + exit + "). Install Chromium "
                        + "(sudo apt-get install chromium on Debian or Ubuntu), or set CHROME_PATH to a Chromium or Chrome executable.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> installedChromium() {
        String configured = System.getenv("CHROME_PATH");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Stream<Path> known = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").map(Path::of);
        Stream<Path> onThePath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .flatMap(directory -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(directory, name)));
        return Stream.concat(known, onThePath).filter(Files::isExecutable).findFirst();
    }
}
