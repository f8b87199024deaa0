package org.coproduce.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money as people type and read it in pounds, kept as whole pence so that sums are exact. Amounts with more than
 * two decimal places are refused rather than rounded: a typing mistake should not silently change what is paid.
 */
public final class Money {

    /** More than anyone will set aside for one piece of work: protects the sums from overflow and typing slips. */
    public static final long MOST_PENCE = 100_000_000_00L;

    private Money() {
    }

    /** The amount in pence, or null when the text is not an amount of money ("£1,250.50", "1250.5", "80"). */
    public static Long pence(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.trim().replace("£", "").replace(",", "").replace(" ", "");
        if (!cleaned.matches("\\d+(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal pounds = new BigDecimal(cleaned);
        if (pounds.compareTo(BigDecimal.valueOf(MOST_PENCE / 100)) > 0) {
            return null;
        }
        return pounds.movePointRight(2).longValueExact();
    }

    /** For example "£1,250.50", or "£80" for whole pounds. */
    public static String pounds(long pence) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        if (pence % 100 == 0) {
            format.setMaximumFractionDigits(0);
            format.setMinimumFractionDigits(0);
        }
        return format.format(BigDecimal.valueOf(pence).movePointLeft(2));
    }

    /** As a form shows it again, for example "1250.50". */
    public static String forForm(Long pence) {
        return pence == null ? null : BigDecimal.valueOf(pence).movePointLeft(2).toPlainString();
    }
}
