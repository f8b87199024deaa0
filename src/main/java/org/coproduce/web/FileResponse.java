package org.coproduce.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent back to the browser, with its type as we detected it and never sniffed by the browser, so that
 * an upload can never run as a web page.
 */
public final class FileResponse {

    private FileResponse() {
    }

    /** A document to save, such as a PDF or Word file. */
    public static ResponseEntity<byte[]> download(String fileName, String contentType, byte[] content, String cacheControl) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }

    /**
     * A photo or recording shown in the page. Sent as a resource, so that players can ask for part of it, as phones
     * do before they play a recording.
     */
    public static ResponseEntity<Resource> inline(String contentType, byte[] content, String cacheControl) {
        return ResponseEntity.ok()
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .contentType(MediaType.parseMediaType(contentType))
                .body(new ByteArrayResource(content));
    }
}
