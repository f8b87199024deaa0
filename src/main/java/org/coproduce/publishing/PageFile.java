package org.coproduce.publishing;

import java.time.Instant;

/** A PDF or Word file that goes with a page. */
public record PageFile(long id, String fileName, String contentType, long size, Instant addedAt) {

    /** The size in words people know, like "240 KB" or "1.2 MB". */
    public String sizeInWords() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** "PDF" or "Word", for the link text, so people know what they will open. */
    public String kindInWords() {
        return contentType.equals("application/pdf") ? "PDF" : "Word document";
    }
}
