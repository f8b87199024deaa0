package org.coproduce.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * GOV.UK Frontend's stylesheet without its typeface. The GDS Transport font is licensed for GOV.UK services only,
 * so we drop its font-face rules and name Arial and Helvetica in its place. Done once, at start-up.
 */
@Controller
class GovukStylesheet {

    private final String css;
    private final String etag;

    GovukStylesheet(@Value("${coproduce.govuk-frontend-version}") String version) throws IOException {
        var resource = new DefaultResourceLoader().getResource(webjarFolder(version) + "govuk-frontend.min.css");
        try (InputStream in = resource.getInputStream()) {
            String original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.css = withoutGovukFont(original);
        }
        this.etag = "\"" + Integer.toHexString(css.hashCode()) + "\"";
    }

    static String webjarFolder(String version) {
        return "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
    }

    static String withoutGovukFont(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,helvetica,sans-serif")
                .replace("font-family:GDS Transport", "font-family:arial,helvetica,sans-serif");
    }

    @GetMapping("/govuk/govuk-frontend.css")
    ResponseEntity<String> stylesheet(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .eTag(etag)
                .body(css);
    }
}
