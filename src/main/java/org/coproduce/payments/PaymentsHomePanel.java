package org.coproduce.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coproduce.accounts.Role;
import org.coproduce.web.Dates;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells coordinators and finance about fees and expenses close to or past the organisation's promise to pay, oldest
 * first. An expense's wait starts on the day the money was spent, or the day it was claimed if that is later.
 */
@Component
@Order(1)
class PaymentsHomePanel implements HomePanel {

    private final PaymentsRepository claims;
    private final ExpensesRepository expenses;
    private final PaymentSettings settings;

    /** A fee or an expense still to pay, and since when. */
    private record Waiting(String personName, LocalDate since, String what) {
    }

    PaymentsHomePanel(PaymentsRepository claims, ExpensesRepository expenses, PaymentSettings settings) {
        this.claims = claims;
        this.expenses = expenses;
        this.settings = settings;
    }

    @Override
    public List<HomeFlag> flagsFor(SignedInUser user) {
        boolean finance = user instanceof org.coproduce.accounts.CurrentUser current && current.has(Role.FINANCE);
        if (!user.isCoordinator() && !finance) {
            return List.of();
        }
        int promise = settings.promiseDays(user.organisationId());
        LocalDate today = LocalDate.now(Dates.LONDON);
        List<Waiting> waiting = new ArrayList<>();
        claims.waitingToBePaid(user.organisationId()).forEach(fee -> waiting.add(new Waiting(fee.personName(), fee.sessionDay(),
                "since " + fee.sessionTitle())));
        expenses.waitingToBePaid(user.organisationId()).forEach(expense -> waiting.add(new Waiting(expense.personName(),
                expense.waitingSince(), "to be paid back for " + expense.description().toLowerCase(java.util.Locale.UK))));
        waiting.sort(Comparator.comparing(Waiting::since));
        List<Waiting> late = waiting.stream()
                .filter(w -> DaysToPay.standing(DaysToPay.days(w.since(), today), promise) == DaysToPay.Standing.LATE).toList();
        List<Waiting> close = waiting.stream()
                .filter(w -> DaysToPay.standing(DaysToPay.days(w.since(), today), promise) == DaysToPay.Standing.CLOSE).toList();
        List<HomeFlag> flags = new ArrayList<>();
        if (!late.isEmpty()) {
            Waiting oldest = late.get(0);
            flags.add(new HomeFlag((late.size() == 1 ? "1 claim has" : late.size() + " claims have") + " waited longer than "
                            + promise + " days to be paid",
                    "You promised to pay people within " + promise + " days of a session. The longest wait is " + oldest.personName()
                            + "'s, " + DaysToPay.days(oldest.since(), today) + " days " + oldest.what()
                            + ". Waiting for money stops people taking part.",
                    "/payments/claims", "See the claims waiting to be paid"));
        }
        if (!close.isEmpty()) {
            flags.add(new HomeFlag((close.size() == 1 ? "1 claim is" : close.size() + " claims are") + " close to your "
                            + promise + "-day promise",
                    "Check and pay them in the next few days to keep the promise.", "/payments/claims", "Check the claims"));
        }
        return flags;
    }
}
