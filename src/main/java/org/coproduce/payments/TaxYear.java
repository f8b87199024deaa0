package org.coproduce.payments;

import java.time.LocalDate;

/** UK tax years run from 6 April to 5 April, and are known by both calendar years: "2026/27". */
final class TaxYear {

    private TaxYear() {
    }

    static int of(LocalDate day) {
        return day.isBefore(LocalDate.of(day.getYear(), 4, 6)) ? day.getYear() - 1 : day.getYear();
    }

    static String name(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
