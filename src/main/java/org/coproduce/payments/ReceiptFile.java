package org.coproduce.payments;

import java.util.Arrays;

/**
 * An uploaded receipt, checked by what the file really is, not by its name or what the browser says: a photo (JPEG or
 * PNG) or a PDF, no bigger than {@link #MOST_BYTES}.
 */
record ReceiptFile(String fileName, String contentType, byte[] content) {

    static final int MOST_BYTES = 10 * 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

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
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : startsWith(content, PDF) ? "application/pdf" : null;
        if (type == null) {
            return new Wrong("The receipt must be a photo (JPG or PNG) or a PDF");
        }
        return new Fine(new ReceiptFile(safeName(fileName, type), type, content));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** A name that is safe in a download header: letters, digits, dots, dashes and spaces only, and not too long. */
    private static String safeName(String given, String type) {
        String name = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9. _-]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            name = "receipt" + (type.equals("application/pdf") ? ".pdf" : type.equals("image/png") ? ".png" : ".jpg");
        }
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
