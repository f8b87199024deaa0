package org.coproduce.sessions;

import java.util.List;
import org.coproduce.notifications.Email;
import org.coproduce.people.AccessAndCommunication;
import org.coproduce.people.AccessNeed;
import org.coproduce.people.CommunicationFormat;
import org.coproduce.web.Dates;

/**
 * The emails about a session: the invitation, the reminder the day before, and what changed. Each comes in standard
 * wording or easy read (short lines, one idea each), as the person chose, with the calendar file attached.
 */
final class SessionEmails {

    private SessionEmails() {
    }

    static boolean wantsEasyRead(AccessAndCommunication access) {
        return access.formats().contains(CommunicationFormat.EASY_READ) || access.needs().contains(AccessNeed.EASY_READ);
    }

    static Email invitation(Session session, String name, String email, String organisation, boolean easyRead, String link,
            byte[] calendar) {
        String body = easyRead ? """
                Hello %s,

                We would like you to come to a session.

                What: %s
                When: %s
                Where: %s

                %s
                Please tell us if you can come.
                Use this link:
                %s

                Tell us what help you need to take part.

                From %s
                """.formatted(name, session.title(), session.when(), where(session), purposeLine(session, true), link, organisation)
                : """
                Hello %s,

                You are invited to %s.

                When: %s
                Where: %s
                %s
                Please reply to say whether you can come: %s
                If you need anything to take part, such as an interpreter, a support worker or papers in another format, tell us.

                The calendar file attached adds the session to your calendar.

                %s
                """.formatted(name, session.title(), session.when(), where(session), purposeLine(session, false), link, organisation);
        return new Email(email, (easyRead ? "Can you come? " : "Invitation: ") + session.title() + ", " + Dates.date(session.day()),
                body, List.of(calendar(calendar)));
    }

    static Email reminder(Session session, String name, String email, String organisation, boolean easyRead, String link) {
        String body = easyRead ? """
                Hello %s,

                This is a reminder.
                The session is soon.

                What: %s
                When: %s
                Where: %s

                If you cannot come, please tell us:
                %s

                From %s
                """.formatted(name, session.title(), session.when(), where(session), link, organisation)
                : """
                Hello %s,

                A reminder that %s is coming up: %s, at %s.

                If you can no longer come, tell us here: %s

                %s
                """.formatted(name, session.title(), session.when(), where(session), link, organisation);
        return new Email(email, "Reminder: " + session.title() + ", " + session.when(), body);
    }

    static Email changed(Session before, Session after, String name, String email, String organisation, boolean easyRead, String link,
            byte[] calendar) {
        StringBuilder changes = new StringBuilder();
        if (!before.title().equals(after.title())) {
            changes.append(easyRead ? "New name: " : "It is now called: ").append(after.title()).append('\n');
        }
        if (!before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())) {
            changes.append("New time: ").append(after.when()).append('\n');
        }
        if (!where(before).equals(where(after))) {
            changes.append("New place: ").append(where(after)).append('\n');
        }
        String body = easyRead ? """
                Hello %s,

                Something has changed about a session.

                %s
                Please check you can still come:
                %s

                From %s
                """.formatted(name, changes, link, organisation)
                : """
                Hello %s,

                %s has changed:

                %s
                Please check you can still come, and reply again if not: %s

                The calendar file attached updates your calendar.

                %s
                """.formatted(name, before.title(), changes, link, organisation);
        return new Email(email, "Changed: " + after.title(), body, List.of(calendar(calendar)));
    }

    static Email followUp(Session session, String name, String email, String organisation, boolean easyRead, String personal,
            String toEveryone, String impactLink) {
        StringBuilder said = new StringBuilder();
        if (personal != null) {
            said.append(easyRead ? "What you did made a difference:\n" : "Where your contribution made a difference:\n")
                    .append(personal).append("\n\n");
        }
        if (toEveryone != null) {
            said.append(easyRead ? "What happens next:\n" : "").append(toEveryone).append("\n\n");
        }
        String body = easyRead ? """
                Hello %s,

                Thank you for coming to %s.

                %sYou can see this again on your Your impact page:
                %s

                From %s
                """.formatted(name, session.title(), said, impactLink, organisation)
                : """
                Hello %s,

                Thank you for taking part in %s on %s.

                %sEverything your contributions have changed is on your Your impact page: %s

                %s
                """.formatted(name, session.title(), Dates.date(session.day()), said, impactLink, organisation);
        return new Email(email, (easyRead ? "Thank you: " : "What happened after ") + session.title(), body);
    }

    /** Whether a change matters to the people invited: they hear about a new name, time or place. */
    static boolean worthTelling(Session before, Session after) {
        return !before.title().equals(after.title()) || !before.startsAt().equals(after.startsAt())
                || !before.endsAt().equals(after.endsAt()) || !where(before).equals(where(after));
    }

    private static String where(Session session) {
        if (session.place() != null && session.onlineLink() != null) {
            return session.place() + ", or online: " + session.onlineLink();
        }
        return session.place() != null ? session.place() : "Online: " + session.onlineLink();
    }

    private static String purposeLine(Session session, boolean easyRead) {
        if (session.purpose() == null) {
            return "";
        }
        return (easyRead ? "Why: " : "What it is for: ") + session.purpose() + "\n";
    }

    private static Email.Attachment calendar(byte[] calendar) {
        return new Email.Attachment("session.ics", CalendarFile.CONTENT_TYPE, calendar);
    }
}
