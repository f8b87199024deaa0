package org.coproduce.payments;

import java.time.LocalDate;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Money;

/**
 * An expense as a partner types it on their phone: what kind, which session (or the day), how many miles or how much,
 * and what it was for. Amounts are in pounds, miles may have one decimal place.
 */
public record ExpenseForm(ExpenseKind kind, Long session, String spentDay, String spentMonth, String spentYear, String miles,
        String amount, String description) {

    /** More than any one expense should be without a conversation first. */
    static final long MOST_PENCE = 2_000_00;
    static final int MOST_MILES_TENTHS = 1_000 * 10;

    static ExpenseForm of(ExpenseKind kind) {
        return new ExpenseForm(kind, null, null, null, null, null, null, null);
    }

    public DateField spentOn() {
        return DateField.parse(spentDay, spentMonth, spentYear, "the day you spent it");
    }

    /** A checked claim, ready to save, or null with every problem added in the order of the form. */
    Checked check(List<ExpensesRepository.SessionCameTo> sessions, int pencePerMile, LocalDate today, List<FormErrors.Error> problems) {
        int before = problems.size();
        LocalDate day = null;
        if (session != null) {
            var chosen = sessions.stream().filter(s -> s.id() == session).findFirst();
            if (chosen.isEmpty()) {
                problems.add(new FormErrors.Error("session", "Choose a session from the list, or choose \"Not for a session\""));
            } else {
                day = chosen.get().day();
            }
        } else {
            DateField spent = spentOn();
            if (spent.missing()) {
                problems.add(new FormErrors.Error("spent", "Enter the day you spent the money, or choose the session it was for"));
            } else if (spent.error() != null) {
                problems.add(new FormErrors.Error("spent", spent.error()));
            } else if (spent.date().isAfter(today)) {
                problems.add(new FormErrors.Error("spent", "The day you spent it must be today or in the past"));
            } else if (spent.date().isBefore(today.minusYears(1))) {
                problems.add(new FormErrors.Error("spent", "We can only pay back money spent in the last 12 months. Talk to your coordinator"));
            } else {
                day = spent.date();
            }
        }
        Integer tenths = null;
        long pence = 0;
        if (kind.fromMiles()) {
            tenths = Mileage.tenths(miles);
            if (miles == null || miles.isBlank()) {
                problems.add(new FormErrors.Error("miles", "Enter how many miles you drove, there and back"));
            } else if (tenths == null || tenths == 0) {
                problems.add(new FormErrors.Error("miles", "Enter the miles as a number, like 12 or 12.5"));
            } else if (tenths > MOST_MILES_TENTHS) {
                problems.add(new FormErrors.Error("miles", "That is more than 1,000 miles. Check the number, or talk to your coordinator"));
            } else {
                pence = Mileage.pence(tenths, pencePerMile);
            }
        } else {
            Long typed = Money.pence(amount);
            if (amount == null || amount.isBlank()) {
                problems.add(new FormErrors.Error("amount", "Enter how much you paid, like 4.50"));
            } else if (typed == null || typed == 0) {
                problems.add(new FormErrors.Error("amount", "Enter how much you paid in pounds and pence, like 4.50"));
            } else if (typed > MOST_PENCE) {
                problems.add(new FormErrors.Error("amount", "For more than " + Money.pounds(MOST_PENCE) + ", talk to your coordinator first"));
            } else {
                pence = typed;
            }
        }
        String what = description == null ? "" : description.strip();
        if (what.isEmpty()) {
            problems.add(new FormErrors.Error("description", kind.fromMiles() ? "Say where you drove from and to"
                    : "Say what the money was for"));
        } else {
            PaymentLimits.EXPENSE_DESCRIPTION.check("description", what, problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new Checked(kind, session, day, what, tenths, kind.fromMiles() ? pencePerMile : null, pence);
    }

    /** A claim that passed every check. */
    record Checked(ExpenseKind kind, Long session, LocalDate spentOn, String description, Integer milesTenths, Integer pencePerMile,
            long amountPence) {
    }
}
