package org.coproduce.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page costs someone on an old phone with a slow, metered connection: every request the browser made for it
 * and the bytes it received, as sent over the wire (compressed). A budget in the spirit of Lighthouse's performance
 * budgets, checked in a real browser.
 */
public final class PageWeight {

    /** One thing the browser fetched. */
    public record Fetched(String url, long bytes) {
    }

    private final List<Fetched> fetched = new ArrayList<>();

    private PageWeight() {
    }

    /** Starts counting everything the page fetches from now on. */
    public static PageWeight of(Page page) {
        PageWeight weight = new PageWeight();
        page.onRequestFinished(request -> weight.record(request));
        return weight;
    }

    private synchronized void record(Request request) {
        long bytes = Math.max(0, request.sizes().responseBodySize) + Math.max(0, request.sizes().responseHeadersSize);
        fetched.add(new Fetched(request.url(), bytes));
    }

    public synchronized void reset() {
        fetched.clear();
    }

    public synchronized long bytes() {
        return fetched.stream().mapToLong(Fetched::bytes).sum();
    }

    public synchronized int requests() {
        return fetched.size();
    }

    public synchronized List<Fetched> fetched() {
        return List.copyOf(fetched);
    }
}
