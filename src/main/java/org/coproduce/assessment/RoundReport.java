package org.coproduce.assessment;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.coproduce.web.CsvWriter;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.web.util.HtmlUtils;

/**
 * A round's results as a PDF report (drawn from XHTML) and as CSV: for each indicator, in the order of the page
 * (biggest disagreement first), the counts of each rating overall and by side, the agreed rating, and the action plan.
 * Names appear only for comments whose authors chose that.
 */
final class RoundReport {

    /** Everything in a report. */
    record Contents(Round round, Framework framework, List<RoundResultsView> results, List<Comment> comments, List<AssessmentAction> actions,
            String organisation) {
    }

    static final List<String> CSV_COLUMNS = List.of("indicator", "theme", "doing_well", "everyone_doing_well", "everyone_getting_there",
            "everyone_more_to_do", "everyone_dont_know", "lived_experience_doing_well", "lived_experience_getting_there",
            "lived_experience_more_to_do", "lived_experience_dont_know", "staff_and_board_doing_well", "staff_and_board_getting_there",
            "staff_and_board_more_to_do", "staff_and_board_dont_know", "gap", "agreed_rating", "agreed_by");

    private RoundReport() {
    }

    static String csv(Contents contents) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, CSV_COLUMNS)) {
            for (RoundResultsView result : contents.results()) {
                List<Object> row = new java.util.ArrayList<>(List.of(result.code(), result.themeNumber(), result.doingWell()));
                for (RoundResultsView.Row side : result.rows()) {
                    for (Rating rating : Rating.values()) {
                        row.add(side.shown() ? side.spread().count(rating) : "");
                    }
                }
                row.add(result.gap() == null ? "" : String.format(java.util.Locale.UK, "%.2f", result.gap()));
                row.add(result.agreed() == null ? "" : result.agreed().rating().name());
                row.add(result.agreed() == null ? "" : String.join("; ", result.agreed().agreedBy()));
                csv.row(row);
            }
        }
        return out.toString();
    }

    static byte[] pdf(Contents contents, Labels labels) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml(contents, labels), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xhtml(Contents contents, Labels labels) {
        Round round = contents.round();
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><meta charset="UTF-8"/>
                <style>
                  @page { size: A4; margin: 18mm 16mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
                  body { font-family: sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
                  h1 { font-size: 20pt; margin: 0 0 4mm; } h2 { font-size: 14pt; margin: 8mm 0 2mm; } h3 { font-size: 12pt; margin: 6mm 0 1mm; }
                  table { border-collapse: collapse; width: 100%; margin: 2mm 0; page-break-inside: avoid; }
                  th, td { border-bottom: 1px solid #b1b4b6; padding: 1.5mm; text-align: left; font-size: 10pt; }
                  td.n, th.n { text-align: right; }
                  .tag { font-weight: bold; } .quiet { color: #505a5f; font-size: 10pt; }
                </style>
                """);
        html.append("<title>").append(e("Results: " + round.title())).append("</title></head><body>");
        html.append("<p class=\"quiet\">").append(e(contents.organisation())).append(", ").append(e(Dates.date(java.time.LocalDate.now(Dates.LONDON))))
                .append("</p><h1>").append(e("Results: " + round.title())).append("</h1>");
        html.append("<p>").append(e(contents.framework().name())).append(". ").append(round.submitted()).append(" of ").append(round.raters())
                .append(" people sent their ratings. The round closed, or closes, on ").append(e(Dates.date(round.closesOn()))).append(".</p>");
        if (contents.framework().credit() != null) {
            html.append("<p class=\"quiet\">").append(e(contents.framework().credit())).append("</p>");
        }
        html.append("<p>The things where people with lived experience and carers see it most differently from staff and board members come first.</p>");
        for (RoundResultsView result : contents.results()) {
            html.append("<h3>").append(e(result.code() + ": " + result.doingWell())).append("</h3>");
            if (result.bigGap()) {
                html.append("<p class=\"tag\">Groups see this very differently.</p>");
            } else if (result.someGap()) {
                html.append("<p class=\"tag\">Groups see this differently.</p>");
            }
            html.append("<table><thead><tr><th>Who</th>");
            for (Rating rating : Rating.values()) {
                html.append("<th class=\"n\">").append(e(labels.of(rating))).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (RoundResultsView.Row row : result.rows()) {
                html.append("<tr><th>").append(e(row.who())).append("</th>");
                if (row.shown()) {
                    for (Rating rating : Rating.values()) {
                        html.append("<td class=\"n\">").append(row.spread().count(rating)).append("</td>");
                    }
                } else {
                    html.append("<td colspan=\"").append(Rating.values().length)
                            .append("\">Not shown: too few people to keep their ratings private</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
            if (result.agreed() != null) {
                html.append("<p>Agreed in the meeting: <b>").append(e(labels.of(result.agreed().rating()).toLowerCase(java.util.Locale.UK)))
                        .append("</b>, by ").append(e(String.join(", ", result.agreed().agreedBy()))).append(".")
                        .append(result.agreed().note() == null ? "" : " " + e(result.agreed().note())).append("</p>");
            }
            for (Comment comment : contents.comments()) {
                if (comment.indicatorCode().equals(result.code()) && comment.comment() != null) {
                    html.append("<p class=\"quiet\">\u201c").append(e(comment.comment())).append("\u201d (")
                            .append(e(labels.of(comment.rating()).toLowerCase(java.util.Locale.UK)))
                            .append(comment.name() == null ? "" : ", " + e(comment.name()))
                            .append(result.sidesShown() ? ", " + e(labels.of(comment.side()).toLowerCase(java.util.Locale.UK)) : "")
                            .append(")</p>");
                }
            }
        }
        html.append("<h2>Action plan</h2>");
        if (contents.actions().isEmpty()) {
            html.append("<p>No actions yet.</p>");
        } else {
            html.append("<table><thead><tr><th>What</th><th>Who</th><th>By</th><th>Done</th></tr></thead><tbody>");
            for (AssessmentAction action : contents.actions()) {
                html.append("<tr><td>").append(e(action.what())).append("</td><td>").append(e(action.owner())).append("</td><td>")
                        .append(e(Dates.date(action.dueOn()))).append("</td><td>")
                        .append(action.done() ? e(action.doneNote()) : "Not yet").append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("</body></html>").toString();
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscapeDecimal(text);
    }
}
