package org.coproduce.assessment;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws progress as an SVG bar chart on the server: for each theme, a bar for each round (oldest first, up to the
 * last four), each labelled with its score, so it reads without colour and without JavaScript. The page puts a text
 * table of the same figures beside it for screen readers.
 */
final class ProgressChart {

    static final int MOST_ROUNDS = 4;
    private static final String[] FILLS = {"#b1b4b6", "#6f777b", "#1d70b8", "#003078"};
    private static final int LABEL_WIDTH = 40;
    private static final int BAR_HEIGHT = 18;
    private static final int PLOT_WIDTH = 400;

    private ProgressChart() {
    }

    static String svg(Framework framework, List<Progress.RoundScores> rounds) {
        List<Progress.RoundScores> shown = rounds.size() > MOST_ROUNDS ? rounds.subList(rounds.size() - MOST_ROUNDS, rounds.size()) : rounds;
        int groupHeight = shown.size() * (BAR_HEIGHT + 4) + 16;
        int legendHeight = shown.size() * 22 + 10;
        int height = framework.themes().size() * groupHeight + legendHeight + 10;
        int width = LABEL_WIDTH + PLOT_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"progress-title progress-description\" class=\"cp-chart\">")
                .append("<title id=\"progress-title\">Scores by theme, round by round</title>")
                .append("<desc id=\"progress-description\">Each theme's score from 0 to 100 in each round. The same figures are in the table.</desc>");
        int y = 10;
        for (int i = 0; i < shown.size(); i++) {
            svg.append("<rect x=\"0\" y=\"").append(y).append("\" width=\"14\" height=\"14\" fill=\"").append(FILLS[FILLS.length - shown.size() + i])
                    .append("\"/><text x=\"20\" y=\"").append(y + 12).append("\" font-size=\"14\">").append(escape(shown.get(i).title()))
                    .append("</text>");
            y += 22;
        }
        y += 10;
        for (Framework.Theme theme : framework.themes()) {
            svg.append("<text x=\"0\" y=\"").append(y + 12).append("\" font-size=\"14\" font-weight=\"bold\">").append(theme.number()).append("</text>");
            int barY = y;
            for (int i = 0; i < shown.size(); i++) {
                Integer score = shown.get(i).byTheme().get(theme.number());
                int length = score == null ? 0 : score * PLOT_WIDTH / 100;
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(barY).append("\" width=\"").append(Math.max(length, 1))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(FILLS[FILLS.length - shown.size() + i]).append("\"/>")
                        .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(barY + 14).append("\" font-size=\"13\">")
                        .append(score == null ? "not rated" : score).append("</text>");
                barY += BAR_HEIGHT + 4;
            }
            y += groupHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
