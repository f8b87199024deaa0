package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;

/** Recording a champion's training, or something they supported. */
public record ChampionRecordForm(Long personId, ChampionActivity kind, String what, String happenedOnDay,
        String happenedOnMonth, String happenedOnYear) {

    static ChampionRecordForm empty() {
        return new ChampionRecordForm(null, null, null, null, null, null);
    }

    public DateField happenedOn() {
        return DateField.parse(happenedOnDay, happenedOnMonth, happenedOnYear, "the date");
    }

    List<FormErrors.Error> problems(java.time.LocalDate today) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (personId == null) {
            found.add(new FormErrors.Error("personId", "Choose the champion"));
        }
        if (kind == null) {
            found.add(new FormErrors.Error("kind", "Choose whether it was training or something they supported"));
        }
        if (what == null) {
            found.add(new FormErrors.Error("what", "Say what the training was, or what they supported"));
        } else if (!GroupLimits.CHAMPION_RECORD.allows(what)) {
            found.add(new FormErrors.Error("what", GroupLimits.CHAMPION_RECORD.tooLong(what)));
        }
        DateField date = happenedOn();
        if (date.missing()) {
            found.add(new FormErrors.Error("happenedOn", "Enter the date"));
        } else if (date.error() != null) {
            found.add(new FormErrors.Error("happenedOn", date.error()));
        } else if (date.date().isAfter(today)) {
            found.add(new FormErrors.Error("happenedOn", "The date must be today or in the past"));
        }
        return found;
    }
}
