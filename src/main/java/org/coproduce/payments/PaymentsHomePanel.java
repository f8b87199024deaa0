package org.coproduce.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.accounts.Role;
import org.coproduce.web.Dates;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells coordinators and finance about claims close to or past the organisation's promise to pay, oldest first. */
@Component
@Order(1)
class PaymentsHomePanel implements HomePanel {

    private final PaymentsRepository claims;
    private final PaymentSettings settings;

    PaymentsHomePanel(PaymentsRepository claims, PaymentSettings settings) {
        this.claims = claims;
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
        List<FeeClaim> waiting = claims.waitingToBePaid(user.organisationId());
        List<FeeClaim> late = waiting.stream()
                .filter(c -> DaysToPay.standing(DaysToPay.days(c.sessionDay(), today), promise) == DaysToPay.Standing.LATE).toList();
        List<FeeClaim> close = waiting.stream()
                .filter(c -> DaysToPay.standing(DaysToPay.days(c.sessionDay(), today), promise) == DaysToPay.Standing.CLOSE).toList();
        List<HomeFlag> flags = new ArrayList<>();
        if (!late.isEmpty()) {
            FeeClaim oldest = late.get(0);
            flags.add(new HomeFlag((late.size() == 1 ? "1 claim has" : late.size() + " claims have") + " waited longer than "
                            + promise + " days to be paid",
                    "You promised to pay people within " + promise + " days of a session. The longest wait is " + oldest.personName()
                            + "'s, " + DaysToPay.days(oldest.sessionDay(), today) + " days since " + oldest.sessionTitle()
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
