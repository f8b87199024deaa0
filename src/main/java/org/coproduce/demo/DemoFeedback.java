package org.coproduce.demo;

import java.time.Duration;
import java.time.Instant;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.feedback.Feedback;
import org.coproduce.feedback.FeedbackForm;
import org.coproduce.feedback.FeedbackTracking;
import org.springframework.stereotype.Component;

/**
 * Feedback Northshire has received from the public over the last few months: some answered and on "you said, we
 * did", one answered but private, one being looked at, one past the promise, one anonymous, and people who want a
 * phone call or a letter. The one reply by email lands in the demo mailbox.
 */
@Component
class DemoFeedback {

    private final FeedbackTracking tracking;

    DemoFeedback(FeedbackTracking tracking) {
        this.tracking = tracking;
    }

    void loadNorthshire(CurrentUser priya) {
        Instant now = Instant.now();

        Feedback papers = receive(priya, daysAgo(now, 80), "Board meetings",
                "The papers for the board came two days before the meeting. That is not enough time for me to read them "
                        + "with my supporter. Please send them a week before.",
                "Lily Thompson", "EMAIL", "lily.thompson@example.org", null, null, "yes");
        answer(priya, papers, 2, 9, "Thank you, Lily. You are right. From now on we will send board papers 7 days before "
                + "each meeting, with an easy read version. If papers are late, the item will move to the next meeting.");
        tracking.publish(priya, papers.id(), "The papers for the board came two days before the meeting. That is not enough "
                + "time for me to read them with my supporter. Please send them a week before.");

        Feedback noise = receive(priya, daysAgo(now, 60), "Summer event",
                "The hall was very noisy and I could not hear the speakers. My hearing aid picks up everything.",
                null, "NONE", null, null, null, "yes");
        answer(priya, noise, 1, 6, "We are sorry. At the next event there will be a quiet room and a hearing loop, "
                + "and every speaker will use a microphone.");
        tracking.publish(priya, noise.id(), noise.body());

        Feedback pay = receive(priya, daysAgo(now, 45), "Pay for my time",
                "I was paid 5 weeks after the workshop at Oak House. I had to borrow money for the bus.",
                "Marcus Bell", "PHONE", null, "07700 900 456", null, "yes");
        answer(priya, pay, 3, 15, "We are sorry this happened. We now pay within 14 days of a session, and we can pay "
                + "bus fares on the day in cash if you need us to.");
        tracking.publish(priya, pay.id(), "I was paid 5 weeks after a workshop. I had to borrow money for the bus.");

        Feedback website = receive(priya, daysAgo(now, 30), "Website",
                "Your website does not work with my screen reader. The menu button does not say what it is.",
                "Anjali Rao", "POST", null, null, "4 Station Road\nNorthshire\nNS2 7QT", "no");
        answer(priya, website, 1, 5, "Thank you for telling us. We have fixed the menu button, and a screen reader user "
                + "from our partnership now checks every change before it goes live.");

        Feedback taxi = receive(priya, daysAgo(now, 12), "Transport",
                "The taxi to the forum did not come twice this month. Nobody rang to tell me.",
                "Peter Walsh", "PHONE", null, "01632 960 718", null, "yes");
        tracking.lookAt(priya, taxi.id(), taxi.receivedAt().plus(Duration.ofDays(1)));

        receive(priya, daysAgo(now, 40), "Carers' group",
                "The carers' group moved to the daytime. I work, so I cannot come any more. Could there be an evening group?",
                "Joan Fletcher", "POST", null, null, "12 Mill Lane\nNorthshire\nNS1 4AB", "yes");

        receive(priya, daysAgo(now, 26), "Easy read",
                "Thank you for the easy read newsletter. The pictures helped me understand it. Can it come every month?",
                null, "NONE", null, null, null, "yes");

        receive(priya, daysAgo(now, 2), null,
                "Can someone ring me about joining the board? I do not use email.",
                "Alan Price", "PHONE", null, "07700 900 321", null, "no");
    }

    private Feedback receive(CurrentUser priya, Instant at, String about, String body, String name, String replyBy,
            String email, String phone, String address, String mayPublish) {
        return tracking.receive(priya.organisationId(),
                new FeedbackForm(about, body, name, replyBy, email, phone, address, mayPublish), at);
    }

    private void answer(CurrentUser priya, Feedback piece, int lookedAfterDays, int answeredAfterDays, String response) {
        tracking.lookAt(priya, piece.id(), piece.receivedAt().plus(Duration.ofDays(lookedAfterDays)));
        tracking.respond(priya, piece.id(), response, piece.receivedAt().plus(Duration.ofDays(answeredAfterDays)));
    }

    private static Instant daysAgo(Instant now, int days) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofHours(days % 5));
    }
}
