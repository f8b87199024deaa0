package org.coproduce.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes rather than its name or what the browser says: a photo (JPEG
 * or PNG), a PDF, or a Word document.
 */
public enum FileKind {
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    /** A .docx file is a zip; its name is checked too, as other zips start the same way. */
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", new byte[] {'P', 'K', 3, 4});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileKind(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileKind> of(String fileName, byte[] content) {
        for (FileKind kind : values()) {
            boolean starts = content.length >= kind.magic.length && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length);
            if (starts && (kind != WORD || fileName != null && fileName.toLowerCase(java.util.Locale.UK).endsWith(".docx"))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** A name safe in a download header: letters, digits, dots, dashes and spaces only, at most 100 characters. */
    public static String safeName(String given, FileKind kind, String fallback) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9. _-]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            name = fallback + kind.extension();
        }
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
