package org.coproduce.payments;

import java.time.LocalDate;

/**
 * A fee for someone's time at a session.
 *
 * @param queryReason why a coordinator queried it, in words the person can read; null unless queried
 */
public record FeeClaim(long id, long sessionId, String sessionTitle, LocalDate sessionDay, long personId, String personName,
        PaidActivity activity, int sessionMinutes, int preparationMinutes, long amountPence, PaymentChoice choice, ClaimStatus status,
        String queryReason) {

    /** Hours and minutes paid, for example "2 hours 30 minutes". */
    public String timePaid() {
        int minutes = sessionMinutes + preparationMinutes;
        int hours = minutes / 60;
        int rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return h.isEmpty() ? m : m.isEmpty() ? h : h + " " + m;
    }
}
