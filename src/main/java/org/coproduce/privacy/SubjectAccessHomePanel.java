package org.coproduce.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.Dates;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells coordinators about copies of people's information that are late, due within a week, or could not be made. */
@Component
@Order(45)
class SubjectAccessHomePanel implements HomePanel {

    static final int DUE_SOON_DAYS = 7;

    private final SubjectAccessRepository requests;

    SubjectAccessHomePanel(SubjectAccessRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<HomeFlag> flagsFor(SignedInUser user) {
        if (!user.isCoordinator()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(Dates.LONDON);
        List<SubjectAccessRequest> open = requests.all(user.organisationId()).stream().filter(r -> r.givenOn() == null).toList();
        long late = open.stream().filter(r -> r.overdue(today)).count();
        long soon = open.stream().filter(r -> !r.overdue(today) && !r.dueOn().isAfter(today.plusDays(DUE_SOON_DAYS))).count();
        long failed = open.stream().filter(r -> r.status() == SubjectAccessRequest.Status.FAILED).count();
        List<HomeFlag> flags = new ArrayList<>();
        if (late > 0) {
            flags.add(new HomeFlag(late == 1 ? "1 copy of someone's information is late" : late + " copies of people's information are late",
                    "The law gives one calendar month. Give it as soon as you can, and tell the person why it is late.",
                    "/privacy/requests", "See the requests"));
        }
        if (soon > 0) {
            flags.add(new HomeFlag(soon == 1 ? "1 copy of someone's information is due within " + DUE_SOON_DAYS + " days"
                            : soon + " copies of people's information are due within " + DUE_SOON_DAYS + " days",
                    "Give it to them before the day it is due.", "/privacy/requests", "See the requests"));
        }
        if (failed > 0) {
            flags.add(new HomeFlag(failed == 1 ? "1 copy of someone's information could not be made"
                            : failed + " copies of people's information could not be made",
                    "Open the request and try again.", "/privacy/requests", "See the requests"));
        }
        return flags;
    }
}
