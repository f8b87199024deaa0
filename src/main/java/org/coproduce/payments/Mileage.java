package org.coproduce.payments;

/** Mileage in pence: tenths of a mile times the rate, to the nearest penny with halves rounded up. */
final class Mileage {

    private Mileage() {
    }

    static long pence(int milesTenths, int pencePerMile) {
        return ((long) milesTenths * pencePerMile + 5) / 10;
    }

    /** Tenths of a mile from what someone typed ("12", "12.5", "3.25" is refused), or null. */
    static Integer tenths(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.strip().toLowerCase(java.util.Locale.UK).replace("miles", "").replace("mile", "").strip();
        if (!cleaned.matches("\\d{1,5}(\\.\\d)?")) {
            return null;
        }
        String[] parts = cleaned.split("\\.");
        return Integer.parseInt(parts[0]) * 10 + (parts.length == 2 ? Integer.parseInt(parts[1]) : 0);
    }
}
