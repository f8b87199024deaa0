package org.coproduce.sessions;

/** One item of a session's agenda, in order, with how long it takes. */
public record AgendaItem(long id, AgendaKind kind, String title, int minutes) {
}
