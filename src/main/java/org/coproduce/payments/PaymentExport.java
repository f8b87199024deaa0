package org.coproduce.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A payment run as a file a finance system can import, as CSV or as an Excel workbook. The layout, one row per claim, is documented in the README:
 * run, claim, payee reference, payee name, payment type (FEE or VOUCHER), amount in pounds with two decimals, amount
 * in pence, session date (ISO 8601) and session title.
 */
final class PaymentExport {

    static final List<String> COLUMNS = List.of("run", "claim", "payee_reference", "payee_name", "payment_type", "amount",
            "amount_pence", "session_date", "session_title");

    private PaymentExport() {
    }

    static String csv(long runId, List<FeeClaim> claims) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (FeeClaim claim : claims) {
                printer.printRecord(runId, claim.id(), claim.personId(), claim.personName(), paymentType(claim),
                        BigDecimal.valueOf(claim.amountPence()).movePointLeft(2).setScale(2).toPlainString(), claim.amountPence(),
                        claim.sessionDay().toString(), claim.sessionTitle());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The same rows as an Excel workbook: one sheet named "Payments", the same header row, amounts as numbers formatted
     * with two decimals, dates as dates, and a total row that adds up the amounts.
     */
    static byte[] excel(long runId, List<FeeClaim> claims) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
            for (FeeClaim claim : claims) {
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(runId);
                row.createCell(1).setCellValue(claim.id());
                row.createCell(2).setCellValue(claim.personId());
                row.createCell(3).setCellValue(claim.personName());
                row.createCell(4).setCellValue(paymentType(claim));
                Cell amount = row.createCell(5);
                amount.setCellValue(BigDecimal.valueOf(claim.amountPence()).movePointLeft(2).doubleValue());
                amount.setCellStyle(money);
                row.createCell(6).setCellValue(claim.amountPence());
                Cell day = row.createCell(7);
                day.setCellValue(claim.sessionDay());
                day.setCellStyle(date);
                row.createCell(8).setCellValue(claim.sessionTitle());
                total += claim.amountPence();
            }
            Row totals = sheet.createRow(at);
            totals.createCell(3).setCellValue("Total");
            Cell sum = totals.createCell(5);
            sum.setCellValue(BigDecimal.valueOf(total).movePointLeft(2).doubleValue());
            sum.setCellStyle(money);
            totals.createCell(6).setCellValue(total);
            // Fixed widths: measuring text needs fonts, which servers often do not have.
            int[] widths = {6, 8, 16, 24, 14, 10, 14, 14, 40};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String paymentType(FeeClaim claim) {
        return claim.choice() == PaymentChoice.VOUCHER ? "VOUCHER" : "FEE";
    }
}
