package org.coproduce.payments;

/** What an expense was for. Only mileage is worked out from a rate; the rest are what the person paid. */
public enum ExpenseKind {
    MILEAGE, FARES, CARE_COVER, SUPPORT_WORKER, OTHER;

    boolean fromMiles() {
        return this == MILEAGE;
    }
}
