package org.coproduce.payments;

import java.time.LocalDate;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules and the demo may do with payments. */
@Service
@Transactional
public class Payments {

    private final PaymentsRepository payments;

    Payments(PaymentsRepository payments) {
        this.payments = payments;
    }

    /** Adds a rate from a day on; earlier rates stay for earlier sessions. Amounts in pence. */
    public void addRate(CurrentUser by, PaidActivity activity, long perHourPence, Long halfDayPence, Long dayPence, int preparationMinutes,
            LocalDate from) {
        payments.addRate(by.organisationId(), activity, perHourPence, halfDayPence, dayPence, preparationMinutes, from, by.personId());
    }
}
