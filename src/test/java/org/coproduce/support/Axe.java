package org.coproduce.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * axe-core run in the page as it stands, asking only for violations. {@link AxeBuilder} reads axe from its jar for
 * every scan and finishes each run in a blank page of its own; for the hundreds of pages a test run scans, this reads
 * axe once and runs it as axe's own documentation shows ({@code axe.run}), which is several times faster. Our pages
 * have no frames, so nothing is lost.
 */
final class Axe {

    static final String SCRIPT = AxeBuilder.getAxeScript();
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String RUN = """
            async tags => JSON.stringify((await axe.run(document,
                { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations)""";

    private Axe() {
    }

    static List<Rule> violations(Page page, List<String> tags) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SCRIPT);
        }
        try {
            return JSON.readValue((String) page.evaluate(RUN, tags), new TypeReference<List<Rule>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe's answer could not be read", e);
        }
    }
}
