package org.coproduce.payments;

import java.util.Comparator;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the organisation's rate card and mileage rate, each written to the audit log in the same transaction. */
@Service
@Transactional
class RateChanges {

    private final PaymentsRepository payments;
    private final PaymentSettings settings;
    private final MoneyAudit audit;

    RateChanges(PaymentsRepository payments, PaymentSettings settings, MoneyAudit audit) {
        this.payments = payments;
        this.settings = settings;
        this.audit = audit;
    }

    /** Adds a rate from a day on. What it changes is the rate the activity paid until that day. */
    void addRate(CurrentUser by, PayRate rate) {
        PayRate before = payments.rates(by.organisationId()).stream()
                .filter(r -> r.activity() == rate.activity() && r.effectiveFrom().isBefore(rate.effectiveFrom()))
                .max(Comparator.comparing(PayRate::effectiveFrom))
                .orElse(null);
        payments.addRate(by.organisationId(), rate.activity(), rate.perHourPence(), rate.halfDayPence(), rate.dayPence(),
                rate.preparationMinutes(), rate.effectiveFrom(), by.personId());
        audit.rateAdded(by, before, rate);
    }

    void setPencePerMile(CurrentUser by, int pence) {
        int before = settings.pencePerMile(by.organisationId());
        settings.setPencePerMile(by.organisationId(), pence, by.personId());
        audit.mileageRate(by, before, pence);
    }
}
