package org.coproduce.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.HomeFlag;
import org.coproduce.web.HomePanel;
import org.coproduce.web.SignedInUser;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells the coordinator about feedback past the promise, or close to it: every piece should get its reply in time. */
@Component
@Order(40)
class FeedbackHomePanel implements HomePanel {

    private final FeedbackRepository feedback;
    private final FeedbackTracking tracking;
    private final Today today;

    FeedbackHomePanel(FeedbackRepository feedback, FeedbackTracking tracking, Today today) {
        this.feedback = feedback;
        this.tracking = tracking;
        this.today = today;
    }

    @Override
    public List<HomeFlag> flagsFor(SignedInUser user) {
        if (!user.isCoordinator()) {
            return List.of();
        }
        LocalDate now = today.date();
        List<Deadline> deadlines = feedback.waitingDueDates(user.organisationId()).stream()
                .map(due -> Deadline.of(due, now, tracking.workingDays()))
                .toList();
        long late = deadlines.stream().filter(Deadline::late).count();
        long close = deadlines.stream().filter(d -> !d.late() && d.close()).count();
        List<HomeFlag> flags = new ArrayList<>();
        if (late > 0) {
            flags.add(new HomeFlag(late == 1 ? "1 piece of feedback is past our promise"
                            : late + " pieces of feedback are past our promise",
                    "We promised a reply in time. Reply as soon as you can, or tell the person when they will hear from us.",
                    "/feedback", "Reply to feedback"));
        }
        if (close > 0) {
            flags.add(new HomeFlag(close == 1 ? "1 piece of feedback is due within " + Deadline.CLOSE_WITHIN + " working days"
                            : close + " pieces of feedback are due within " + Deadline.CLOSE_WITHIN + " working days",
                    "Reply soon to keep our promise.", "/feedback", "See the feedback that is due"));
        }
        return flags;
    }
}
