package org.coproduce.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Text typed in a box, shown as a page: blank lines separate paragraphs, lines starting with "-" or "*" make a bulleted
 * list, and a line starting with "#" is a heading. No markup is ever passed through.
 */
public final class PlainText {

    /** A heading, a paragraph, or a list (with its items). */
    public record Block(Kind kind, String text, List<String> items) {
        public enum Kind { HEADING, PARAGRAPH, LIST }
    }

    private PlainText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String chunk : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String raw : chunk.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
                    flushParagraph(blocks, paragraph);
                    items.add(line.substring(2).strip());
                } else if (line.startsWith("#")) {
                    flushList(blocks, items);
                    flushParagraph(blocks, paragraph);
                    blocks.add(new Block(Block.Kind.HEADING, line.replaceFirst("^#+\\s*", ""), List.of()));
                } else {
                    flushList(blocks, items);
                    paragraph.add(line);
                }
            }
            flushList(blocks, items);
            flushParagraph(blocks, paragraph);
        }
        return blocks;
    }

    private static void flushParagraph(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(Block.Kind.PARAGRAPH, String.join(" ", lines), List.of()));
            lines.clear();
        }
    }

    private static void flushList(List<Block> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block(Block.Kind.LIST, null, List.copyOf(items)));
            items.clear();
        }
    }
}
