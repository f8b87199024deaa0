package org.coproduce.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.coproduce.web.CsvWriter;

/**
 * A payment run as a file a finance system can import, as CSV or as an Excel workbook. The layout, one row per claim,
 * is documented in the README: run, claim, payee reference, payee name, payment type (FEE, VOUCHER or EXPENSE),
 * amount in pounds with two decimals, amount in pence, date (ISO 8601), what it was for, and the day the run was paid
 * (empty until it is).
 */
final class PaymentExport {

    static final List<String> COLUMNS = List.of("run", "claim", "payee_reference", "payee_name", "payment_type", "amount",
            "amount_pence", "date", "description", "paid_on");

    private PaymentExport() {
    }

    static String csv(PaymentRun run, List<PaymentLine> lines) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, COLUMNS)) {
            for (PaymentLine line : lines) {
                csv.row(run.id(), line.id(), line.personId(), line.personName(), line.type(), pounds(line.amountPence()), line.amountPence(),
                        line.day().toString(), line.description(), run.paidOn() == null ? null : run.paidOn().toString());
            }
        }
        return out.toString();
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2);
    }

    /**
     * The same rows as an Excel workbook: one sheet named "Payments", the same header row, amounts as numbers formatted
     * with two decimals, dates as dates, and a total row that adds up the amounts.
     */
    static byte[] excel(PaymentRun run, List<PaymentLine> lines) {
        // Streamed: rows go to a temporary file as they are written, so a run of thousands of claims needs little memory.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Payments");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
            }
            int at = 1;
            long total = 0;
            for (PaymentLine line : lines) {
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(run.id());
                row.createCell(1).setCellValue(line.id());
                row.createCell(2).setCellValue(line.personId());
                row.createCell(3).setCellValue(line.personName());
                row.createCell(4).setCellValue(line.type());
                Cell amount = row.createCell(5);
                amount.setCellValue(pounds(line.amountPence()).doubleValue());
                amount.setCellStyle(money);
                row.createCell(6).setCellValue(line.amountPence());
                Cell day = row.createCell(7);
                day.setCellValue(line.day());
                day.setCellStyle(date);
                row.createCell(8).setCellValue(line.description());
                if (run.paidOn() != null) {
                    Cell paidOn = row.createCell(9);
                    paidOn.setCellValue(run.paidOn());
                    paidOn.setCellStyle(date);
                }
                total += line.amountPence();
            }
            Row totals = sheet.createRow(at);
            totals.createCell(3).setCellValue("Total");
            Cell sum = totals.createCell(5);
            sum.setCellValue(pounds(total).doubleValue());
            sum.setCellStyle(money);
            totals.createCell(6).setCellValue(total);
            // Fixed widths: measuring text needs fonts, which servers often do not have.
            int[] widths = {6, 8, 16, 24, 14, 10, 14, 14, 40, 14};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
