package org.coproduce.feedback;

import java.time.LocalDate;

/**
 * How a piece of feedback stands against the promise, in words for a tag: the colour only repeats what the words say.
 *
 * @param workingDays working days left (0 or more) or late (more than 0), depending on {@code late}
 */
public record Deadline(boolean late, int workingDays, boolean close) {

    /** Due within this many working days counts as close to the promise. */
    static final int CLOSE_WITHIN = 3;

    static Deadline of(LocalDate dueOn, LocalDate today, WorkingDays days) {
        if (today.isAfter(dueOn)) {
            return new Deadline(true, days.between(dueOn, today), true);
        }
        int left = days.between(today, dueOn);
        return new Deadline(false, left, left <= CLOSE_WITHIN);
    }

    public String words() {
        if (late) {
            return workingDays == 0 ? "Past our promise" : workingDays + (workingDays == 1 ? " working day late" : " working days late");
        }
        if (workingDays == 0) {
            return "Due today";
        }
        return "Due in " + workingDays + (workingDays == 1 ? " working day" : " working days");
    }

    /** The GOV.UK tag colour: red when late, yellow when close, grey otherwise. */
    public String tagClass() {
        if (late) {
            return "govuk-tag govuk-tag--red";
        }
        return close ? "govuk-tag govuk-tag--yellow" : "govuk-tag govuk-tag--grey";
    }
}
