package org.coproduce.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.CsvWriter;
import org.coproduce.web.Dates;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copy of everything we hold about a person, as one zip file: a page to read in any web browser (with a part in
 * easy read), the same as JSON for computers, each table as a spreadsheet (CSV), and the files themselves.
 */
final class SubjectAccessCopy {

    private SubjectAccessCopy() {
    }

    static byte[] zip(String organisationName, String personName, Instant madeAt, List<PersonalData.Part> parts, JsonMapper json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "read-me-first.html", page(organisationName, personName, madeAt, parts).getBytes(StandardCharsets.UTF_8));
            add(zip, "for-computers/everything.json", json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(asJson(organisationName, personName, madeAt, parts)));
            for (int p = 0; p < parts.size(); p++) {
                PersonalData.Part part = parts.get(p);
                for (int t = 0; t < part.tables().size(); t++) {
                    add(zip, "for-computers/" + csvName(p, part, t), csv(part.tables().get(t)).getBytes(StandardCharsets.UTF_8));
                }
                for (int f = 0; f < part.files().size(); f++) {
                    add(zip, "files/" + fileName(p, f, part.files().get(f)), part.files().get(f).content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String page(String organisationName, String personName, Instant madeAt, List<PersonalData.Part> parts) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Everything we hold about %1$s</title>
                <style>
                  body { font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c;
                         max-width: 60rem; margin: 0 auto; padding: 1rem; }
                  h1, h2, h3 { line-height: 1.25; }
                  .easy { border: 4px solid #1d70b8; padding: 1rem; font-size: 1.3rem; max-width: 40rem; }
                  .table { overflow-x: auto; }
                  table { border-collapse: collapse; margin: 0 0 1.5rem; }
                  th, td { text-align: left; vertical-align: top; padding: .5rem 1rem .5rem 0; border-bottom: 1px solid #b1b4b6; }
                  a { color: #1d70b8; }
                  li { margin: 0 0 .5rem; }
                  li a { display: inline-block; padding: .25rem 0; }
                </style>
                </head>
                <body>
                <main>
                <h1>Everything %2$s holds about %1$s</h1>
                <p>Made on %3$s.</p>
                <section class="easy" aria-labelledby="easy-read">
                <h2 id="easy-read">In easy read</h2>
                <p>This is a copy of everything we keep about you.</p>
                <p>You asked for it. The law says you can have it.</p>
                <p>If something is wrong, tell us. We will put it right.</p>
                <p>If you want us to delete your information, tell us. We will tell you what we can delete.</p>
                </section>
                <h2>What is in this copy</h2>
                <ul>
                """.formatted(e(personName), e(organisationName), e(Dates.dateTime(madeAt))));
        for (int p = 0; p < parts.size(); p++) {
            html.append("<li><a href=\"#part-").append(p + 1).append("\">").append(e(parts.get(p).title())).append("</a></li>\n");
        }
        html.append("</ul>\n<p>The folder <b>for-computers</b> has the same information as a JSON file and as spreadsheets (CSV)."
                + " The folder <b>files</b> has the recordings, photos and documents listed below.</p>\n");
        for (int p = 0; p < parts.size(); p++) {
            PersonalData.Part part = parts.get(p);
            html.append("<h2 id=\"part-").append(p + 1).append("\">").append(e(part.title())).append("</h2>\n");
            html.append("<p>").append(e(part.explanation())).append("</p>\n");
            for (PersonalData.Table table : part.tables()) {
                html.append("<h3>").append(e(table.title())).append("</h3>\n<div class=\"table\"><table>\n<thead><tr>");
                table.columns().forEach(column -> html.append("<th scope=\"col\">").append(e(column)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (List<String> row : table.rows()) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table></div>\n");
            }
            if (!part.files().isEmpty()) {
                html.append("<h3>Files</h3>\n<ul>\n");
                for (int f = 0; f < part.files().size(); f++) {
                    PersonalData.Attachment file = part.files().get(f);
                    html.append("<li><a href=\"files/").append(e(fileName(p, f, file))).append("\">").append(e(file.name())).append("</a></li>\n");
                }
                html.append("</ul>\n");
            }
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static Map<String, Object> asJson(String organisationName, String personName, Instant madeAt, List<PersonalData.Part> parts) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("organisation", organisationName);
        copy.put("person", personName);
        copy.put("madeAt", madeAt.toString());
        copy.put("parts", parts.stream().map(part -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("title", part.title());
            json.put("explanation", part.explanation());
            json.put("tables", part.tables().stream().map(table -> Map.of("title", table.title(), "rows",
                    table.rows().stream().map(row -> {
                        Map<String, String> cells = new LinkedHashMap<>();
                        for (int c = 0; c < table.columns().size(); c++) {
                            cells.put(table.columns().get(c), c < row.size() ? row.get(c) : "");
                        }
                        return cells;
                    }).toList())).toList());
            json.put("files", part.files().stream().map(PersonalData.Attachment::name).toList());
            return json;
        }).toList());
        return copy;
    }

    private static String csv(PersonalData.Table table) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, table.columns())) {
            table.rows().forEach(csv::row);
        }
        return out.toString();
    }

    private static String csvName(int partIndex, PersonalData.Part part, int tableIndex) {
        return String.format(Locale.ROOT, "%02d-%s-%d.csv", partIndex + 1, slug(part.title()), tableIndex + 1);
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "part" : slug;
    }

    private static String fileName(int partIndex, int fileIndex, PersonalData.Attachment file) {
        return (partIndex + 1) + "-" + (fileIndex + 1) + "-" + safeName(file.name());
    }

    /** Names typed by people, kept to letters, numbers and dots so that they cannot reach outside the folder. */
    private static String safeName(String name) {
        String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "file" : safe;
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
