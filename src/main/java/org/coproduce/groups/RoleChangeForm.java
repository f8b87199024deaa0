package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;

/** A member taking a new role, from today, with the end of their new term. */
public record RoleChangeForm(MemberRole role, String termEndsOnDay, String termEndsOnMonth, String termEndsOnYear) {

    static RoleChangeForm of(Member member) {
        boolean endsLater = member.termEndsOn() != null && member.termEndsOn().isAfter(java.time.LocalDate.now(org.coproduce.web.Dates.LONDON));
        DateField ends = DateField.of(endsLater ? member.termEndsOn() : null);
        return new RoleChangeForm(member.role(), ends.day(), ends.month(), ends.year());
    }

    public DateField termEndsOn() {
        return DateField.parse(termEndsOnDay, termEndsOnMonth, termEndsOnYear, "the day their term ends");
    }

    List<FormErrors.Error> problems(Member member) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (role == null) {
            found.add(new FormErrors.Error("role", "Choose their new role"));
        } else if (role == member.role()) {
            found.add(new FormErrors.Error("role", member.name() + " already has this role. Choose a different one"));
        }
        if (termEndsOn().error() != null) {
            found.add(new FormErrors.Error("termEndsOn", termEndsOn().error()));
        }
        return found;
    }
}
