package org.coproduce.plainenglish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences and tokens, as a reader would: "e.g." and "Dr." do not end a sentence, "£1,250.50" is one
 * number, a web address is one token, and a heading or bullet point without a full stop is a unit of its own.
 */
final class Tokeniser {

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            // The parts of an email address are bounded, so that a long run of dots or letters cannot make matching slow.
            "(?<address>(?i:https?://|www\\.)[^\\s<>\"]+|[\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8})",
            "(?<dotted>\\p{L}(?:\\.\\p{L}){1,4}\\.?)",
            "(?<number>[£$€]?\\d+(?:[,.:/-]\\d+)*(?:%|p\\b|k\\b|m\\b|bn\\b|am\\b|pm\\b|st\\b|nd\\b|rd\\b|th\\b)?)",
            "(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['\\u2019\\u2010\\u2011-][\\p{L}\\p{M}\\p{N}]+)*)",
            "(?<punctuation>[^\\s\\p{L}\\p{M}\\p{N}])"));

    /** A bullet or numbered list marker at the start of a line. */
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[-*•‣◦▪·–—]|\\d{1,3}[.)]|[a-zA-Z][.)]|\\([a-zA-Z0-9]{1,3}\\))[ \\t]+");

    /** Words after which a full stop does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "cllr", "rev", "sr", "jr", "no", "nos", "vs", "approx", "dept",
            "est", "fig", "vol", "ref", "tel", "ext", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "cf", "al", "inc", "ltd", "co");

    /** A line that is only a number, such as a page number, is not a numbered list item. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,3}[.)]?");
    private static final Pattern CLOSING = Pattern.compile("[\"'\u201D\u2019)\\]]");

    private Tokeniser() {
    }

    static List<Sentence> sentences(String text) {
        List<Line> lines = lines(text);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            if (line.bullet() || line.blank()) {
                close(current, sentences);
            }
            List<Token> tokens = tokens(text, line.contentStart(), line.end());
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                current.add(token);
                if (isTerminal(token)) {
                    // Take "?!", "..." and closing quotes in one step, so a long run of them is read once.
                    int last = skipClosing(tokens, t);
                    for (int k = t + 1; k <= last; k++) {
                        current.add(tokens.get(k));
                    }
                    boolean ends = endsSentence(tokens, t, last);
                    t = last;
                    if (ends) {
                        close(current, sentences);
                    }
                }
            }
            if (l + 1 < lines.size() && breaksAfter(line, lines.get(l + 1), text)) {
                close(current, sentences);
            }
        }
        close(current, sentences);
        return sentences;
    }

    /** A line break ends a sentence unless the text simply wraps onto the next line in the middle of a sentence. */
    private static boolean breaksAfter(Line line, Line next, String text) {
        if (line.blank() || next.blank() || next.bullet()) {
            return true;
        }
        int firstLetter = next.contentStart();
        while (firstLetter < next.end() && !Character.isLetterOrDigit(text.charAt(firstLetter))) {
            firstLetter++;
        }
        boolean nextStartsLowerCase = firstLetter < next.end() && Character.isLowerCase(text.charAt(firstLetter));
        return !nextStartsLowerCase;
    }

    private static boolean isTerminal(Token token) {
        return token.kind() == Token.Kind.PUNCTUATION && ".!?".indexOf(token.text().charAt(0)) >= 0;
    }

    /**
     * @param index the full stop, question or exclamation mark
     * @param last  the last of the punctuation that follows it without a space ("?!", "...", closing quotes)
     */
    private static boolean endsSentence(List<Token> tokens, int index, int last) {
        Token token = tokens.get(index);
        int next = last + 1;
        if (next < tokens.size() && !startsSentence(tokens.get(next))) {
            return false;
        }
        if (next < tokens.size() && tokens.get(next).start() == tokens.get(last).end()) {
            return false;
        }
        if (token.text().equals(".") && index > 0) {
            Token before = tokens.get(index - 1);
            boolean attached = before.end() == token.start();
            if (attached && before.kind() == Token.Kind.WORD) {
                String word = before.normalised();
                if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(before.text().charAt(0)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean startsSentence(Token token) {
        char first = token.text().charAt(0);
        return !Character.isLowerCase(first);
    }

    private static int skipClosing(List<Token> tokens, int index) {
        int i = index;
        while (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.PUNCTUATION
                && (CLOSING.matcher(tokens.get(i + 1).text()).matches() || ".!?".contains(tokens.get(i + 1).text()))
                && tokens.get(i + 1).start() == tokens.get(i).end()) {
            i++;
        }
        return i;
    }

    private static void close(List<Token> current, List<Sentence> sentences) {
        boolean hasWords = current.stream().anyMatch(Token::countsAsWord);
        if (hasWords) {
            sentences.add(new Sentence(current.get(0).start(), current.get(current.size() - 1).end(), List.copyOf(current)));
        }
        current.clear();
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            Token.Kind kind;
            int end = matcher.end();
            if (matcher.group("address") != null) {
                kind = Token.Kind.ADDRESS;
                while (end > matcher.start() + 1 && ".,;:!?)]'\"".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            } else if (matcher.group("dotted") != null || matcher.group("word") != null) {
                kind = Token.Kind.WORD;
            } else if (matcher.group("number") != null) {
                kind = Token.Kind.NUMBER;
                while (end > matcher.start() + 1 && ".,:/-".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
            } else {
                kind = Token.Kind.PUNCTUATION;
            }
            tokens.add(new Token(kind, matcher.start(), end, text.substring(matcher.start(), end)));
            if (end < matcher.end()) {
                matcher.region(end, to);
            }
        }
        return tokens;
    }

    private record Line(int start, int contentStart, int end, boolean bullet, boolean blank) {
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            Matcher bullet = BULLET.matcher(line);
            boolean isBullet = bullet.find() && !NUMBER_ALONE.matcher(line.strip()).matches();
            int contentStart = isBullet ? start + bullet.end() : start;
            lines.add(new Line(start, contentStart, end, isBullet, line.isBlank()));
            start = end + 1;
        }
        return lines;
    }
}
