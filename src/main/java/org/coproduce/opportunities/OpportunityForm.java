package org.coproduce.opportunities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.TextLimit;

/** An opportunity as typed by the coordinator. */
public record OpportunityForm(String title, String what, String whoFor, String timeNeeded, String pay, String support,
        String closesOnDay, String closesOnMonth, String closesOnYear) {

    public static final TextLimit TITLE = new TextLimit("The title", 120);
    public static final TextLimit WHAT = new TextLimit("What it is", 3_000);
    public static final TextLimit WHO_FOR = new TextLimit("Who it is for", 3_000);
    public static final TextLimit TIME_NEEDED = new TextLimit("The time it takes", 3_000);
    public static final TextLimit PAY = new TextLimit("What we pay", 3_000);
    public static final TextLimit SUPPORT = new TextLimit("The support we offer", 3_000);

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
        text(found, "title", title, "Enter a title, like \"Join the housing working group\"", TITLE);
        text(found, "what", what, "Say what it is and what people will do", WHAT);
        text(found, "whoFor", whoFor, "Say who it is for", WHO_FOR);
        text(found, "timeNeeded", timeNeeded, "Say how much time it takes, and when", TIME_NEEDED);
        text(found, "pay", pay, "Say what we pay, and which expenses we cover. If it is unpaid, say so", PAY);
        text(found, "support", support, "Say what support we offer, like travel, a buddy or easy read papers", SUPPORT);
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

    private static void text(List<FormErrors.Error> found, String field, String value, String missing, TextLimit limit) {
        if (value == null) {
            found.add(new FormErrors.Error(field, missing));
        } else {
            limit.check(field, value, found);
        }
    }
}
