package org.coproduce.payments;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.sessions.Session;
import org.coproduce.sessions.SessionAttended;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When who came to a session is recorded, drafts a fee claim for each person who came as a partner (with lived or
 * caring experience; staff are paid by their employers), at the rate for the day, in the way they prefer to be paid.
 * Recording attendance again adds drafts for people added and withdraws the drafts of people taken off.
 *
 * <p>It drafts from the attendance as it stands when it runs, not as the event saw it, so running it again, late, or
 * after a later recording changes nothing: Spring Modulith runs it again after a failure or a crash.
 */
@Component
class FeeClaimsFromAttendance {

    private static final Logger log = LoggerFactory.getLogger(FeeClaimsFromAttendance.class);

    private final PaymentsRepository payments;
    private final Register register;
    private final Leaders leaders;
    private final Sessions sessions;

    FeeClaimsFromAttendance(PaymentsRepository payments, Register register, Leaders leaders, Sessions sessions) {
        this.payments = payments;
        this.register = register;
        this.leaders = leaders;
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void draftClaims(SessionAttended attended) {
        long org = attended.organisationId();
        Session session = sessions.find(org, attended.sessionId()).orElse(null);
        if (session == null) {
            return;
        }
        LocalDate day = session.startsAt().atZone(Dates.LONDON).toLocalDate();
        int minutes = (int) Duration.between(session.startsAt(), session.endsAt()).toMinutes();
        List<PayRate> rates = payments.rates(org);
        List<Long> drafted = new ArrayList<>();
        for (long personId : sessions.attendees(org, attended.sessionId())) {
            Person person = register.find(org, personId).orElse(null);
            if (person == null || !paidAsPartner(person)) {
                continue;
            }
            PaidActivity activity = leaders.led(org, attended.sessionId(), personId)
                    && Fees.rateOn(rates, PaidActivity.LEADING, day).isPresent() ? PaidActivity.LEADING : PaidActivity.ATTENDING;
            var rate = Fees.rateOn(rates, activity, day);
            if (rate.isEmpty()) {
                log.info("No rate for {} on {} in organisation {}, so no fee is drafted", activity, day, org);
                continue;
            }
            PaymentChoice choice = payments.preference(org, personId).orElse(PaymentChoice.PAY);
            payments.draft(org, attended.sessionId(), personId, activity, minutes, rate.get(), Fees.fee(rate.get(), minutes), choice,
                    session.endsAt());
            drafted.add(personId);
        }
        payments.withdrawDraftsExcept(org, attended.sessionId(), drafted);
    }

    static boolean paidAsPartner(Person person) {
        return person.roles().contains(InvolvementRole.LIVED_EXPERIENCE) || person.roles().contains(InvolvementRole.FAMILY_CARER);
    }
}
