package org.coproduce.payments;

import org.coproduce.web.FileKind;

/**
 * An uploaded receipt, checked by what the file really is, not by its name or what the browser says: a photo (JPEG or
 * PNG) or a PDF, no bigger than {@link #MOST_BYTES}.
 */
record ReceiptFile(String fileName, String contentType, byte[] content) {

    static final int MOST_BYTES = 10 * 1024 * 1024;

    /** The receipt, or a message saying what is wrong with the file. */
    sealed interface Checked permits Fine, Wrong {
    }

    record Fine(ReceiptFile receipt) implements Checked {
    }

    record Wrong(String message) implements Checked {
    }

    static Checked check(String fileName, byte[] content) {
        if (content.length == 0) {
            return new Wrong("The receipt file is empty. Choose the photo or PDF again");
        }
        if (content.length > MOST_BYTES) {
            return new Wrong("The receipt must be smaller than 10 MB. Take the photo again at a smaller size, or send a PDF");
        }
        FileKind kind = FileKind.of(fileName, content).filter(k -> k != FileKind.WORD).orElse(null);
        if (kind == null) {
            return new Wrong("The receipt must be a photo (JPG or PNG) or a PDF");
        }
        return new Fine(new ReceiptFile(FileKind.safeName(fileName, kind, "receipt"), kind.contentType(), content));
    }
}
