package org.coproduce.sessions;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's agenda, and the rules the guides give for one: introductions and an icebreaker, the purpose revisited,
 * a break at least every hour, a recap and a wrap-up.
 */
public record Agenda(List<AgendaItem> items, long sessionMinutes) {

    /** The longest anyone should go without a break, in minutes. */
    public static final int MOST_MINUTES_WITHOUT_A_BREAK = 60;
    static final int BREAK_MINUTES = 15;
    /** Sessions shorter than this are too short for an opening and a close; they are all discussion. */
    static final int SHORT = 10;

    /**
     * A first agenda for a session of this length, which the coordinator then changes: the opening, the discussion
     * split by breaks so that no stretch is longer than an hour, and the close. Ids are 0 until saved.
     */
    static List<AgendaItem> template(long minutes) {
        if (minutes < SHORT) {
            return List.of(new AgendaItem(0, AgendaKind.DISCUSSION, "Discussion", (int) Math.max(1, minutes)));
        }
        if (minutes < 30) {
            return List.of(
                    new AgendaItem(0, AgendaKind.INTRODUCTIONS, "Welcome and introductions", 2),
                    new AgendaItem(0, AgendaKind.PURPOSE, "What this session is for", 2),
                    new AgendaItem(0, AgendaKind.DISCUSSION, "Discussion", (int) minutes - 6),
                    new AgendaItem(0, AgendaKind.WRAP_UP, "Wrap-up and what happens next", 2));
        }
        boolean longSession = minutes >= 60;
        List<AgendaItem> opening = new ArrayList<>();
        opening.add(new AgendaItem(0, AgendaKind.INTRODUCTIONS, "Welcome and introductions", longSession ? 10 : 5));
        if (longSession) {
            opening.add(new AgendaItem(0, AgendaKind.ICEBREAKER, "Icebreaker", 10));
        }
        opening.add(new AgendaItem(0, AgendaKind.PURPOSE, "What this session is for", 5));
        List<AgendaItem> closing = new ArrayList<>();
        if (longSession) {
            closing.add(new AgendaItem(0, AgendaKind.RECAP, "Recap: what we heard, and checking we got it right", 10));
        }
        closing.add(new AgendaItem(0, AgendaKind.WRAP_UP, "Wrap-up and what happens next", 5));

        int breaks = minutes > MOST_MINUTES_WITHOUT_A_BREAK ? (int) ((minutes - 1) / MOST_MINUTES_WITHOUT_A_BREAK) : 0;
        int breakMinutes = minutes >= 90 ? BREAK_MINUTES : 10;
        int segments = breaks + 1;
        long awake = minutes - (long) breaks * breakMinutes;
        int openingMinutes = sum(opening);
        int closingMinutes = sum(closing);
        long[] discussion = new long[segments];
        for (int i = 0; i < segments; i++) {
            long stretch = awake / segments + (i < awake % segments ? 1 : 0);
            discussion[i] = stretch - (i == 0 ? openingMinutes : 0) - (i == segments - 1 ? closingMinutes : 0);
        }
        // A discussion too short to be worth a line moves into the next part.
        for (int i = 0; i < segments - 1; i++) {
            if (discussion[i] < 5) {
                discussion[i + 1] += discussion[i];
                discussion[i] = 0;
            }
        }

        List<AgendaItem> items = new ArrayList<>(opening);
        int numbered = 0;
        for (long minutesOfTalk : discussion) {
            numbered += minutesOfTalk > 0 ? 1 : 0;
        }
        int part = 1;
        for (int i = 0; i < segments; i++) {
            if (discussion[i] > 0) {
                String title = numbered > 1 ? "Discussion, part " + part++ : "Discussion";
                items.add(new AgendaItem(0, AgendaKind.DISCUSSION, title, (int) discussion[i]));
            }
            if (i < segments - 1) {
                items.add(new AgendaItem(0, AgendaKind.BREAK, "Break", breakMinutes));
            }
        }
        items.addAll(closing);
        return items;
    }

    private static int sum(List<AgendaItem> items) {
        return items.stream().mapToInt(AgendaItem::minutes).sum();
    }

    public int plannedMinutes() {
        return items.stream().mapToInt(AgendaItem::minutes).sum();
    }

    /** The longest stretch of the agenda without a break, in minutes. */
    public int longestStretchWithoutABreak() {
        int longest = 0;
        int current = 0;
        for (AgendaItem item : items) {
            if (item.kind() == AgendaKind.BREAK) {
                current = 0;
            } else {
                current += item.minutes();
                longest = Math.max(longest, current);
            }
        }
        return longest;
    }

    /** What to put right, in plain words; empty when the agenda is fine. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        boolean hasBreak = items.stream().anyMatch(item -> item.kind() == AgendaKind.BREAK);
        if (items.isEmpty()) {
            return warnings;
        }
        if (sessionMinutes > MOST_MINUTES_WITHOUT_A_BREAK && !hasBreak) {
            warnings.add("This session is longer than an hour and has no break. Plan a break at least every hour.");
        } else if (longestStretchWithoutABreak() > MOST_MINUTES_WITHOUT_A_BREAK) {
            warnings.add("People would go " + longestStretchWithoutABreak() + " minutes without a break. Plan a break at least every hour.");
        }
        if (plannedMinutes() != sessionMinutes) {
            warnings.add(plannedMinutes() > sessionMinutes
                    ? "The agenda takes " + plannedMinutes() + " minutes, longer than the session's " + sessionMinutes + "."
                    : "The agenda takes " + plannedMinutes() + " minutes, shorter than the session's " + sessionMinutes + ".");
        }
        for (AgendaKind expected : List.of(AgendaKind.INTRODUCTIONS, AgendaKind.PURPOSE, AgendaKind.WRAP_UP)) {
            if (sessionMinutes >= SHORT && items.stream().noneMatch(item -> item.kind() == expected)) {
                warnings.add(switch (expected) {
                    case INTRODUCTIONS -> "There are no introductions. Make sure everyone knows who is in the room.";
                    case PURPOSE -> "The purpose is not on the agenda. Go back to it at the start, so everyone knows why they are there.";
                    default -> "There is no wrap-up. Say what happens next and when people will hear back.";
                });
            }
        }
        return warnings;
    }
}
