package org.coproduce.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.web.TextLimit;

/** The words of a page as typed in the form, before they are checked. */
public record PageForm(String title, String description, String body, String easyRead, String agreedOnDay,
        String agreedOnMonth, String agreedOnYear, String agreedBy, String meetingOnDay, String meetingOnMonth,
        String meetingOnYear, String changeNote) {

    static PageForm empty() {
        return of(new PageText(null, null, null, null, null, null, null, null));
    }

    static PageForm of(PageText text) {
        DateField agreed = DateField.of(text.agreedOn());
        DateField meeting = DateField.of(text.meetingOn());
        return new PageForm(text.title(), text.description(), text.body(), text.easyRead(), agreed.day(), agreed.month(),
                agreed.year(), text.agreedBy(), meeting.day(), meeting.month(), meeting.year(), null);
    }

    PageForm withChangeNote(String note) {
        return new PageForm(title, description, body, easyRead, agreedOnDay, agreedOnMonth, agreedOnYear, agreedBy,
                meetingOnDay, meetingOnMonth, meetingOnYear, note);
    }

    public DateField agreedOn() {
        return DateField.parse(agreedOnDay, agreedOnMonth, agreedOnYear, "the date it was agreed");
    }

    public DateField meetingOn() {
        return DateField.parse(meetingOnDay, meetingOnMonth, meetingOnYear, "the date of the meeting");
    }

    PageText text() {
        return new PageText(title, description, body, easyRead, agreedOn().date(), agreedBy, meetingOn().date(), changeNote);
    }

    List<FormErrors.Error> problems(PageKind kind, LocalDate today) {
        List<FormErrors.Error> found = new ArrayList<>();
        required(found, "title", title, "Enter a title", PublishingLimits.TITLE);
        required(found, "description", description,
                "Enter a short description: one or two sentences that say what the page is about", PublishingLimits.DESCRIPTION);
        required(found, "body", body, "Write the page", PublishingLimits.BODY);
        if (!PublishingLimits.EASY_READ.allows(easyRead)) {
            found.add(new FormErrors.Error("easyRead", PublishingLimits.EASY_READ.tooLong(easyRead) + " Easy read works best when it is short"));
        }
        if (kind.agreed()) {
            DateField agreed = agreedOn();
            if (agreed.missing()) {
                found.add(new FormErrors.Error("agreedOn", "Enter the date it was agreed"));
            } else if (agreed.error() != null) {
                found.add(new FormErrors.Error("agreedOn", agreed.error()));
            } else if (agreed.date().isAfter(today)) {
                found.add(new FormErrors.Error("agreedOn", "The date it was agreed must be today or in the past"));
            }
            required(found, "agreedBy", agreedBy, "Say who agreed it, for example \"The partnership board\"",
                    PublishingLimits.AGREED_BY);
        }
        if (kind == PageKind.PAPERS) {
            DateField meeting = meetingOn();
            if (meeting.missing()) {
                found.add(new FormErrors.Error("meetingOn", "Enter the date of the meeting"));
            } else if (meeting.error() != null) {
                found.add(new FormErrors.Error("meetingOn", meeting.error()));
            }
        }
        PublishingLimits.CHANGE_NOTE.check("changeNote", changeNote, found);
        return found;
    }

    private static void required(List<FormErrors.Error> found, String field, String value, String missing, TextLimit limit) {
        if (value == null) {
            found.add(new FormErrors.Error(field, missing));
        } else {
            limit.check(field, value, found);
        }
    }
}
