package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * GOV.UK Frontend's stylesheet without its typeface. The GDS Transport font is licensed for GOV.UK services only,
 * so its font-face rules go and Arial and Helvetica take its place. The resource chain caches the result.
 */
class GovukStylesheet implements ResourceTransformer {

    static String webjarFolder(String version) {
        return "classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/";
    }

    static String withoutGovukFont(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,helvetica,sans-serif")
                .replace("font-family:GDS Transport", "font-family:arial,helvetica,sans-serif");
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource original = chain.transform(request, resource);
        if (original.getFilename() == null || !original.getFilename().endsWith(".css")) {
            return original;
        }
        String css = new String(original.getContentAsByteArray(), StandardCharsets.UTF_8);
        return new TransformedResource(original, withoutGovukFont(css).getBytes(StandardCharsets.UTF_8));
    }
}
