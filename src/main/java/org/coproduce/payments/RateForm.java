package org.coproduce.payments;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Money;

/** A new rate as typed: amounts in pounds, preparation in minutes, and the day it starts. */
public record RateForm(PaidActivity activity, String perHour, String halfDay, String day, String preparation, String fromDay,
        String fromMonth, String fromYear) {

    static RateForm empty() {
        return new RateForm(null, null, null, null, null, null, null, null);
    }

    public DateField from() {
        return DateField.parse(fromDay, fromMonth, fromYear, "the day the rate starts");
    }

    /** The checked rate (id 0), or null with every problem added in the order of the form. */
    PayRate rate(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (activity == null) {
            found.add(new FormErrors.Error("activity", "Choose what the rate pays for"));
        }
        Long hourly = Money.pence(perHour);
        if (hourly == null) {
            found.add(new FormErrors.Error("perHour", perHour == null ? "Enter the rate for an hour, like 25"
                    : "Enter the rate for an hour in pounds, like 25 or 27.50"));
        }
        Long half = optionalMoney(halfDay, "halfDay", "Enter the half-day amount in pounds, like 75, or leave it empty", found);
        Long whole = optionalMoney(day, "day", "Enter the day amount in pounds, like 150, or leave it empty", found);
        if (half != null && whole != null && whole < half) {
            found.add(new FormErrors.Error("day", "The day amount cannot be less than the half-day amount"));
        }
        Integer minutes = 0;
        if (preparation != null) {
            try {
                minutes = Integer.valueOf(preparation.trim());
            } catch (NumberFormatException notANumber) {
                minutes = null;
            }
            if (minutes == null || minutes < 0 || minutes > 480) {
                found.add(new FormErrors.Error("preparation", "Enter preparation time in minutes, from 0 to 480, like 60"));
            }
        }
        DateField starts = from();
        if (starts.missing()) {
            found.add(new FormErrors.Error("from", "Enter the day the rate starts"));
        } else if (starts.error() != null) {
            found.add(new FormErrors.Error("from", starts.error()));
        }
        problems.addAll(found);
        return found.isEmpty() ? new PayRate(0, activity, hourly, half, whole, minutes, starts.date()) : null;
    }

    private static Long optionalMoney(String text, String field, String message, List<FormErrors.Error> found) {
        if (text == null) {
            return null;
        }
        Long pence = Money.pence(text);
        if (pence == null) {
            found.add(new FormErrors.Error(field, message));
        }
        return pence;
    }
}
