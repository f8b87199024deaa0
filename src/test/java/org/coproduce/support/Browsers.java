package org.coproduce.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One headless Chromium for the whole test run: Debian's, never a downloaded one. Starting Playwright unpacks its
 * driver, which is slow, so it happens once. There is no quiet skipping: without Chromium the browser tests fail
 * and say how to install it.
 */
public final class Browsers {

    private static Browser browser;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromiumPath())
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    private static Path chromiumPath() {
        String configured = System.getenv("CHROME_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The browser tests need Chromium. Install it with: sudo apt-get install chromium "
                                + "(or set CHROME_PATH to a Chromium or Chrome executable)"));
    }
}
