package org.coproduce.publishing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coproduce.organisations.Organisation;

/**
 * An Atom feed (RFC 4287) of an organisation's updates, so that people can follow them in a feed reader or another
 * site can show them.
 */
final class AtomFeed {

    private AtomFeed() {
    }

    /**
     * @param site the address the site is reached at, like "https://coproduce.example.org", for absolute links
     */
    static String of(String site, Organisation organisation, List<PageSummary> updates) {
        String home = site + "/public/" + organisation.slug();
        Instant newest = updates.stream().map(PageSummary::publishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder(2048)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n")
                .append("  <title>").append(escape("Updates from " + organisation.name())).append("</title>\n")
                .append("  <id>").append(escape(home + "/updates")).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(home + "/updates.atom")).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(home + "/updates")).append("\"/>\n")
                .append("  <updated>").append(timestamp(newest)).append("</updated>\n")
                .append("  <author><name>").append(escape(organisation.name())).append("</name></author>\n");
        for (PageSummary update : updates) {
            String link = home + "/pages/" + update.address();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(update.title())).append("</title>\n")
                    .append("    <id>").append(escape(link)).append("</id>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <updated>").append(timestamp(update.publishedAt())).append("</updated>\n")
                    .append("    <summary>").append(escape(update.description())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** Escapes text for XML, and drops control characters that XML 1.0 does not allow at all. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
