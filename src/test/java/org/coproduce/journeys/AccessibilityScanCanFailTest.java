package org.coproduce.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.coproduce.support.BrowserTest;
import org.coproduce.support.Browsers;
import org.junit.jupiter.api.Test;

/** Proves the scan that every journey relies on does find problems, so that "no violations" means something. */
class AccessibilityScanCanFailTest {

    @Test
    void scanFindsTheProblemsInAPageKnownToBeBroken() {
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            page.setContent("""
                    <!DOCTYPE html><html><head><title>Broken</title></head><body>
                    <img src="photo.png">
                    <form><input type="text" name="name"></form>
                    <p style="color:#aaa;background:#fff">Hard to read</p>
                    </body></html>""");

            List<Rule> violations = BrowserTest.scan(page);

            assertThat(violations).extracting(Rule::getId)
                    .contains("image-alt", "label", "color-contrast", "html-has-lang");
        }
    }
}
