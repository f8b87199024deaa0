package org.coproduce.stories;

import java.util.Arrays;
import java.util.Optional;

/**
 * A recording of a story, recognised from its first bytes rather than its name: MP3, M4A (phones' voice memos), WAV,
 * Ogg or WebM.
 */
public record AudioFile(String contentType, byte[] content) {

    static final int MOST_BYTES = 15 * 1024 * 1024;

    public static Optional<AudioFile> of(byte[] content) {
        return typeOf(content).map(type -> new AudioFile(type, content));
    }

    static Optional<String> typeOf(byte[] b) {
        if (startsWith(b, 0, 'I', 'D', '3') || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
            return Optional.of("audio/mpeg");
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p')) {
            return Optional.of("audio/mp4");
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'A', 'V', 'E')) {
            return Optional.of("audio/wav");
        }
        if (startsWith(b, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of("audio/ogg");
        }
        if (startsWith(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("audio/webm");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        byte[] wanted = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            wanted[i] = (byte) expected[i];
        }
        return Arrays.equals(content, offset, offset + expected.length, wanted, 0, wanted.length);
    }
}
