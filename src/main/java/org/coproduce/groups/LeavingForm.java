package org.coproduce.groups;

import org.coproduce.web.DateField;

/** The day a member left the group. */
public record LeavingForm(String leftOnDay, String leftOnMonth, String leftOnYear) {

    static LeavingForm today() {
        DateField today = DateField.of(java.time.LocalDate.now(org.coproduce.web.Dates.LONDON));
        return new LeavingForm(today.day(), today.month(), today.year());
    }

    public DateField leftOn() {
        return DateField.parse(leftOnDay, leftOnMonth, leftOnYear, "the day they left");
    }
}
