package org.coproduce.web;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach Coproduce, for links that leave the browser: in emails, calendar files and the
 * public feed. It is set by {@code COPRODUCE_BASE_URL}, and never taken from a request, whose Host header anyone can
 * set; reminders and other work in the background have no request anyway. The demo needs none: its links go to this
 * computer, on the port the server really listens on.
 */
@Component
public class SiteAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private volatile String base;

    SiteAddress(@Value("${coproduce.base-url:}") String configured, @Value("${coproduce.demo.enabled:false}") boolean demo) {
        this.configured = configured.strip().replaceAll("/+$", "");
        if (this.configured.isEmpty() && !demo) {
            throw new IllegalStateException("Set COPRODUCE_BASE_URL to the address people use to reach Coproduce, "
                    + "such as https://coproduce.example.org: links in emails start with it");
        }
        if (!this.configured.isEmpty()) {
            requireFullAddress(this.configured);
            base = this.configured;
        }
    }

    private static void requireFullAddress(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException("COPRODUCE_BASE_URL must be a full address starting with https:// or http://, "
                    + "such as https://coproduce.example.org, not \"" + address + "\"");
        }
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // A separate management server has a namespace of its own: people use the main one.
        if (event.getApplicationContext().getServerNamespace() == null) {
            listeningOn(event.getWebServer().getPort());
        }
    }

    void listeningOn(int port) {
        if (configured.isEmpty()) {
            base = "http://localhost:" + port;
        }
    }

    /** The address itself, with no slash at the end, such as "https://coproduce.example.org". */
    public String base() {
        String known = base;
        if (known == null) {
            throw new IllegalStateException("The demo's address is known only once its web server has started");
        }
        return known;
    }

    /** The full address of a page on this site, such as "/your-payments". */
    public String of(String path) {
        return base() + path;
    }

    /** The host alone, such as "coproduce.example.org": for names that must be unique to this installation. */
    public String host() {
        return URI.create(base()).getHost();
    }
}
