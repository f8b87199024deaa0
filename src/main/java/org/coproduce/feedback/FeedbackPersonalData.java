package org.coproduce.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Component;

/**
 * Feedback's part of someone's copy. Feedback is given by anyone, without signing in, and is not linked to the
 * register: a piece is theirs when the email address it gave for our reply is the one the register has for them. A
 * piece given anonymously, or with only a name, phone number or address, cannot be told apart from anyone else's.
 */
@Component
class FeedbackPersonalData implements PersonalData {

    private static final String TITLE = "Feedback you gave us";

    private final FeedbackRepository feedback;
    private final Register register;
    private final Labels labels;

    FeedbackPersonalData(FeedbackRepository feedback, Register register, Labels labels) {
        this.feedback = feedback;
        this.register = register;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        String email = register.find(organisationId, personId).map(Person::email).filter(e -> !e.isBlank()).orElse(null);
        if (email == null) {
            return Part.of(TITLE, "");
        }
        List<Feedback> theirs = feedback.fromEmail(organisationId, email);
        List<List<String>> given = new ArrayList<>();
        List<List<String>> replies = new ArrayList<>();
        List<List<String>> history = new ArrayList<>();
        for (Feedback piece : theirs) {
            given.add(row(piece.reference(), Dates.dateTime(piece.receivedAt()), piece.about(), piece.body(), piece.name(), piece.email(),
                    piece.phone(), piece.postalAddress(), labels.of(piece.replyBy()), piece.mayPublish() ? "Yes" : "No"));
            replies.add(row(piece.reference(), labels.of(piece.status()), Dates.date(piece.dueOn()), Dates.dateTime(piece.respondedAt()),
                    piece.response(), piece.published() ? piece.publicText() : "", piece.published() ? piece.publicResponse() : "",
                    Dates.dateTime(piece.publishedAt())));
            feedback.history(organisationId, piece.id()).forEach(event ->
                    history.add(row(piece.reference(), Dates.dateTime(event.at()), event.what(), event.by())));
        }
        return Part.of(TITLE,
                "Feedback sent to us with your email address (" + email + ") for our reply, and what we did with it. We keep it "
                        + "to reply to you, to learn from what you told us and, if you agreed, to show on our \"you said, we did\" "
                        + "page without your name. Feedback you gave anonymously cannot be linked to you, so it is not here.",
                new Table("What you told us", List.of("Reference", "Received", "About", "Your words", "Your name", "Email", "Phone",
                        "Address", "How you asked us to reply", "May we show it in public"), given),
                new Table("Our replies", List.of("Reference", "Where it has got to", "Reply due by", "Replied on", "Our reply",
                        "Your words as shown in public", "Our reply as shown in public", "Shown in public since"), replies),
                new Table("What happened to it", List.of("Reference", "When", "What happened", "Who"), history));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
