package org.coproduce.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.coproduce.plainenglish.Finding;
import org.coproduce.plainenglish.Report;

/**
 * A checked text ready to show: the text cut into pieces, each marked if it is part of a long sentence or of a word
 * the check found, with a numbered note after each finding that explains it.
 */
public record CheckedText(Report report, List<Piece> pieces, List<Note> notes) {

    /**
     * @param longSentence part of a sentence over 25 words
     * @param marked       part of a word or phrase the check found
     * @param note         the note number to show after this piece, or 0 for none
     */
    public record Piece(String text, boolean longSentence, boolean marked, int note) {
    }

    public record Note(int number, Finding finding) {
    }

    public static CheckedText of(String text, Report report) {
        String body = text == null ? "" : text;
        List<Finding> words = new ArrayList<>();
        List<Finding> sentences = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.end() > body.length()) {
                continue;
            }
            if (finding.kind().wholeSentence()) {
                sentences.add(finding);
            } else if (words.stream().noneMatch(w -> finding.start() < w.end() && finding.end() > w.start())) {
                words.add(finding);
            }
        }
        List<Note> notes = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        for (Finding finding : report.findings()) {
            if (words.contains(finding) || sentences.contains(finding)) {
                notes.add(new Note(notes.size() + 1, finding));
                cuts.add(finding.start());
                cuts.add(finding.end());
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int start = from;
            int end = to;
            boolean inLong = sentences.stream().anyMatch(s -> s.start() <= start && end <= s.end());
            boolean marked = words.stream().anyMatch(w -> w.start() <= start && end <= w.end());
            int note = notes.stream().filter(n -> n.finding().end() == end && !n.finding().kind().wholeSentence()
                            && n.finding().start() <= start)
                    .mapToInt(Note::number).findFirst().orElse(0);
            pieces.add(new Piece(body.substring(start, end), inLong, marked, note));
            int sentenceNote = notes.stream().filter(n -> n.finding().end() == end && n.finding().kind().wholeSentence())
                    .mapToInt(Note::number).findFirst().orElse(0);
            if (sentenceNote > 0) {
                pieces.add(new Piece("", true, false, sentenceNote));
            }
            from = to;
        }
        return new CheckedText(report, pieces, notes);
    }
}
