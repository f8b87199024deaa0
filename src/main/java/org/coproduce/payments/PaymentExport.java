package org.coproduce.payments;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A payment run as a file a finance system can import. The layout, one row per claim, is documented in the README:
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

    static String paymentType(FeeClaim claim) {
        return claim.choice() == PaymentChoice.VOUCHER ? "VOUCHER" : "FEE";
    }
}
