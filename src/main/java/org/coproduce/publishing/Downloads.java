package org.coproduce.publishing;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A page's file sent to the browser as a download, never shown inline, so that it cannot run as a web page. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(PageFile file, byte[] content, String cacheControl) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(content);
    }
}
