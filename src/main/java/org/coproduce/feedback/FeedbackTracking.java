package org.coproduce.feedback;

import java.time.Instant;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.notifications.Email;
import org.coproduce.notifications.EmailKind;
import org.coproduce.notifications.Mailer;
import org.coproduce.organisations.Organisation;
import org.coproduce.organisations.Organisations;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from receiving it to answering it: each step is recorded in its history, and the reply goes to the
 * person the way they asked. Feedback is only ever found within the organisation it was given to.
 */
@Service
public class FeedbackTracking {

    private final FeedbackRepository feedback;
    private final Organisations organisations;
    private final Mailer mailer;
    private final Today today;
    private final WorkingDays workingDays = WorkingDays.englandAndWales();

    FeedbackTracking(FeedbackRepository feedback, Organisations organisations, Mailer mailer, Today today) {
        this.feedback = feedback;
        this.organisations = organisations;
        this.mailer = mailer;
        this.today = today;
    }

    int promise(long organisationId) {
        return feedback.promise(organisationId);
    }

    WorkingDays workingDays() {
        return workingDays;
    }

    /** Keeps feedback from the public form, due within the organisation's promise in working days. */
    @Transactional
    public Feedback receive(long organisationId, FeedbackForm form) {
        return receive(organisationId, form, today.now());
    }

    /** As {@link #receive(long, FeedbackForm)}, arriving at a given time: for the demo. */
    @Transactional
    public Feedback receive(long organisationId, FeedbackForm form, Instant at) {
        var due = workingDays.add(Today.dateOf(at), feedback.promise(organisationId));
        Feedback added = feedback.add(organisationId, form.kept(), at, due);
        feedback.record(organisationId, added.id(), "Received", null, at);
        return added;
    }

    @Transactional
    public void lookAt(CurrentUser by, long id) {
        lookAt(by, id, today.now());
    }

    @Transactional
    public void lookAt(CurrentUser by, long id, Instant at) {
        find(by, id);
        if (feedback.markLooking(by.organisationId(), id, at)) {
            feedback.record(by.organisationId(), id, "We started looking at this", by.personId(), at);
        }
    }

    @Transactional
    public String respond(CurrentUser by, long id, String response) {
        return respond(by, id, response, today.now());
    }

    /**
     * Records the reply and, when they gave an email address, emails it to them with their words quoted.
     *
     * @return what happened, in words for the coordinator
     */
    @Transactional
    public String respond(CurrentUser by, long id, String response, Instant at) {
        Feedback piece = find(by, id);
        if (!feedback.respond(by.organisationId(), id, response, by.personId(), at)) {
            return "This feedback was already answered";
        }
        String done;
        switch (piece.replyBy()) {
            case EMAIL:
                mailer.send(EmailKind.FEEDBACK_REPLY, by.organisationId(), null, email(organisations.get(by.organisationId()), piece, response));
                done = "We emailed the reply to " + piece.email();
                break;
            case PHONE:
                done = "Reply given by phone. Remember to call " + piece.phone() + " if you have not yet";
                break;
            case POST:
                done = "Reply to be sent by post. Remember to post it if you have not yet";
                break;
            default:
                done = "Reply written. They did not ask for one, so it was not sent";
                break;
        }
        feedback.record(by.organisationId(), id, done, by.personId(), at);
        return done;
    }

    /** Shows it on "you said, we did" with the reply as it was sent: for replies with nothing personal in them. */
    @Transactional
    public void publish(CurrentUser by, long id, String publicText) {
        publish(by, id, publicText, find(by, id).response());
    }

    @Transactional
    public void publish(CurrentUser by, long id, String publicText, String publicResponse) {
        Feedback piece = find(by, id);
        if (!piece.canBePublished()) {
            throw new NotFoundException();
        }
        feedback.publish(by.organisationId(), id, publicText, publicResponse, today.now());
        feedback.record(by.organisationId(), id, piece.published() ? "Changed what \"you said, we did\" shows"
                : "Shown on \"you said, we did\"", by.personId(), today.now());
    }

    @Transactional
    public void unpublish(CurrentUser by, long id) {
        Feedback piece = find(by, id);
        if (piece.published()) {
            feedback.unpublish(by.organisationId(), id);
            feedback.record(by.organisationId(), id, "Taken off \"you said, we did\"", by.personId(), today.now());
        }
    }

    Feedback find(CurrentUser by, long id) {
        return feedback.find(by.organisationId(), id).orElseThrow(NotFoundException::new);
    }

    static Email email(Organisation organisation, Feedback piece, String response) {
        String quoted = piece.body().lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
        String body = (piece.name() == null ? "Hello," : "Dear " + piece.name() + ",") + "\n\n"
                + "Thank you for your feedback to " + organisation.name() + ". Your reference is " + piece.reference() + ".\n\n"
                + "You said:\n\n" + quoted + "\n\n"
                + "Our reply:\n\n" + response + "\n\n"
                + "If you want to tell us more, email " + organisation.contactEmail() + " and give your reference, "
                + piece.reference() + ".\n\n"
                + organisation.name() + "\n";
        return new Email(piece.email(), "Our reply to your feedback, " + piece.reference(), body);
    }
}
