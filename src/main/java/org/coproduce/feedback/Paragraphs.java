package org.coproduce.feedback;

import java.util.Arrays;
import java.util.List;

/** Text someone typed, split into paragraphs at blank lines and each paragraph into its lines, to show as they wrote it. */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<List<String>> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").strip().split("\n\\s*\n"))
                .map(paragraph -> paragraph.lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .filter(lines -> !lines.isEmpty())
                .toList();
    }
}
