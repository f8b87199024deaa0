package org.coproduce.web;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How big an upload may be, for the page shown when a form with files is bigger than the server takes at all. Modules
 * declare these as beans beside their forms, so that the page names what was being uploaded rather than guessing.
 *
 * @param path   the address the form is sent to, as a pattern such as {@code /stories/new} or {@code /whos-who/*}
 * @param advice what to tell the person, such as "A recording must be smaller than 15 MB. A few minutes is plenty."
 */
public record UploadLimit(String path, String advice) {

    boolean covers(String requestPath) {
        return requestPath != null && PathPatternParser.defaultInstance.parse(path).matches(PathContainer.parsePath(requestPath));
    }
}
