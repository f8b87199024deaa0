package org.coproduce.privacy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.coproduce.web.Dates;

/**
 * What a coordinator is looking for in the audit log; every part may be empty.
 *
 * @param personId exactly this person, as linked from their profile
 * @param person   part of the name of whom it is about
 * @param by       part of the name of who did it
 * @param from     the first day, in London
 * @param to       the last day, in London, included
 */
public record AuditSearch(Long personId, String person, String by, Topic topic, LocalDate from, LocalDate to) {

    static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null);
    }

    ZonedDateTime startsAt() {
        return from == null ? null : from.atStartOfDay(Dates.LONDON);
    }

    ZonedDateTime endsBefore() {
        return to == null ? null : to.plusDays(1).atStartOfDay(Dates.LONDON);
    }
}
