package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;

/** Adding someone to a group: who, in what role, from when and until when. */
public record MemberForm(Long personId, MemberRole role, String joinedOnDay, String joinedOnMonth, String joinedOnYear,
        String termEndsOnDay, String termEndsOnMonth, String termEndsOnYear) {

    static MemberForm startingToday() {
        DateField today = DateField.of(java.time.LocalDate.now(org.coproduce.web.Dates.LONDON));
        return new MemberForm(null, null, today.day(), today.month(), today.year(), null, null, null);
    }

    public DateField joinedOn() {
        return DateField.parse(joinedOnDay, joinedOnMonth, joinedOnYear, "the day they joined");
    }

    public DateField termEndsOn() {
        return DateField.parse(termEndsOnDay, termEndsOnMonth, termEndsOnYear, "the day their term ends");
    }

    /** Every problem with the form, in the order of its fields. */
    List<FormErrors.Error> problems() {
        List<FormErrors.Error> found = new ArrayList<>();
        if (personId == null) {
            found.add(new FormErrors.Error("personId", "Choose who is joining"));
        }
        if (role == null) {
            found.add(new FormErrors.Error("role", "Choose their role in the group"));
        }
        DateField joined = joinedOn();
        if (joined.missing()) {
            found.add(new FormErrors.Error("joinedOn", "Enter the day they joined"));
        } else if (joined.error() != null) {
            found.add(new FormErrors.Error("joinedOn", joined.error()));
        }
        DateField ends = termEndsOn();
        if (ends.error() != null) {
            found.add(new FormErrors.Error("termEndsOn", ends.error()));
        } else if (joined.date() != null && ends.date() != null && ends.date().isBefore(joined.date())) {
            found.add(new FormErrors.Error("termEndsOn", "The term must end after the day they joined"));
        }
        return found;
    }
}
