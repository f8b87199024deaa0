package org.coproduce.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.DateField;
import org.coproduce.web.FormErrors;
import org.coproduce.writing.WritingCheck;

/** The words of a page as typed in the form, before they are checked. */
public record PageForm(String title, String description, String body, String easyRead, String agreedOnDay,
        String agreedOnMonth, String agreedOnYear, String agreedBy, String meetingOnDay, String meetingOnMonth,
        String meetingOnYear, String changeNote) {

    static final int LONGEST_TITLE = 120;
    /** Search engines show about 160 characters; a little more is allowed, as nothing breaks. */
    static final int LONGEST_DESCRIPTION = 200;
    static final int LONGEST_EASY_READ = 20_000;
    static final int LONGEST_NAME = 200;

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
        required(found, "title", title, "Enter a title", LONGEST_TITLE, "The title");
        required(found, "description", description,
                "Enter a short description: one or two sentences that say what the page is about", LONGEST_DESCRIPTION,
                "The short description");
        required(found, "body", body, "Write the page", WritingCheck.MAX_CHARACTERS, "The page");
        if (easyRead != null && easyRead.length() > LONGEST_EASY_READ) {
            found.add(new FormErrors.Error("easyRead", "The easy read version must be " + String.format("%,d", LONGEST_EASY_READ)
                    + " characters or fewer. Easy read works best when it is short"));
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
            required(found, "agreedBy", agreedBy, "Say who agreed it, for example \"The partnership board\"", LONGEST_NAME,
                    "Who agreed it");
        }
        if (kind == PageKind.PAPERS) {
            DateField meeting = meetingOn();
            if (meeting.missing()) {
                found.add(new FormErrors.Error("meetingOn", "Enter the date of the meeting"));
            } else if (meeting.error() != null) {
                found.add(new FormErrors.Error("meetingOn", meeting.error()));
            }
        }
        if (changeNote != null && changeNote.length() > LONGEST_NAME) {
            found.add(new FormErrors.Error("changeNote", "Keep what changed to " + LONGEST_NAME + " characters or fewer"));
        }
        return found;
    }

    private static void required(List<FormErrors.Error> found, String field, String value, String missing, int longest,
            String what) {
        if (value == null) {
            found.add(new FormErrors.Error(field, missing));
        } else if (value.length() > longest) {
            found.add(new FormErrors.Error(field, what + " must be " + String.format("%,d", longest) + " characters or fewer"));
        }
    }
}
