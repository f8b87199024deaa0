package org.coproduce.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Coproduce writes: RFC 4180, a header row, then one row at a time. Text that a spreadsheet would run as
 * a formula (it starts with = + - @, a tab or a carriage return) gets a single quote in front, as OWASP advises against
 * CSV injection, because names and descriptions are typed by anyone. Numbers are ours, not typed text, so they are
 * written as they are: a reversed payment stays -37.50, not '-37.50.
 */
public final class CsvWriter implements Closeable {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    public CsvWriter(Writer out, List<String> columns) {
        try {
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of cells: numbers as they are, null as an empty cell, anything else as text made safe. */
    public void row(Object... cells) {
        row(Arrays.asList(cells));
    }

    public void row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell == null ? null
                    : cell instanceof BigDecimal decimal ? decimal.toPlainString()
                    : cell instanceof Number number ? number.toString()
                    : defused(cell.toString()));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as it is, or with a single quote in front when a spreadsheet would run it as a formula. */
    public static String defused(String text) {
        return text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
