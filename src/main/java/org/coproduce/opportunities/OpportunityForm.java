package org.coproduce.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;

/** An opportunity as typed by the coordinator. */
public record OpportunityForm(String title, String what, String whoFor, String timeNeeded, String pay, String support,
        String closesOnDay, String closesOnMonth, String closesOnYear) {

    static final int LONGEST_TITLE = 120;
    static final int LONGEST_TEXT = 3_000;

    static OpportunityForm empty() {
        return new OpportunityForm(null, null, null, null, null, null, null, null, null);
    }

    static OpportunityForm of(Opportunity o) {
        DateField closes = DateField.of(o.closesOn());
        return new OpportunityForm(o.title(), o.what(), o.whoFor(), o.timeNeeded(), o.pay(), o.support(), closes.day(),
                closes.month(), closes.year());
    }

    public DateField closesOn() {
        return DateField.parse(closesOnDay, closesOnMonth, closesOnYear, "the closing date");
    }

    List<FormErrors.Error> problems(LocalDate today) {
        List<FormErrors.Error> found = new ArrayList<>();
        text(found, "title", title, "Enter a title, like \"Join the housing working group\"", LONGEST_TITLE);
        text(found, "what", what, "Say what it is and what people will do", LONGEST_TEXT);
        text(found, "whoFor", whoFor, "Say who it is for", LONGEST_TEXT);
        text(found, "timeNeeded", timeNeeded, "Say how much time it takes, and when", LONGEST_TEXT);
        text(found, "pay", pay, "Say what we pay, and which expenses we cover. If it is unpaid, say so", LONGEST_TEXT);
        text(found, "support", support, "Say what support we offer, like travel, a buddy or easy read papers", LONGEST_TEXT);
        DateField closes = closesOn();
        if (closes.missing()) {
            found.add(new FormErrors.Error("closesOn", "Enter the closing date"));
        } else if (closes.error() != null) {
            found.add(new FormErrors.Error("closesOn", closes.error()));
        } else if (closes.date().isBefore(today)) {
            found.add(new FormErrors.Error("closesOn", "The closing date must be today or in the future"));
        }
        return found;
    }

    private static void text(List<FormErrors.Error> found, String field, String value, String missing, int longest) {
        if (value == null) {
            found.add(new FormErrors.Error(field, missing));
        } else if (value.length() > longest) {
            found.add(new FormErrors.Error(field, "Keep it to " + String.format("%,d", longest) + " characters or fewer"));
        }
    }
}
