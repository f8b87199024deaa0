package org.coproduce.demo;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisations;
import org.coproduce.organisations.PublicDetails;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.publishing.PageKind;
import org.coproduce.publishing.PageText;
import org.coproduce.publishing.Publishing;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/** Northshire's public pages: its policy (with easy read) and plan, some updates, and board papers with minutes. */
@Component
class DemoPublishing {

    private final Publishing publishing;
    private final Organisations organisations;
    private final Register register;

    DemoPublishing(Publishing publishing, Organisations organisations, Register register) {
        this.publishing = publishing;
        this.organisations = organisations;
        this.register = register;
    }

    void loadNorthshire(CurrentUser priya) {
        whosWho(priya);
        LocalDate today = LocalDate.now(Dates.LONDON);
        Instant now = Instant.now();
        organisations.savePublicDetails(priya.organisationId(), new PublicDetails("""
                We are people with a learning disability, family carers and staff from the council and the NHS in Northshire. \
                We work together as equal partners to make health and care services better.""",
                "01632 960 418", "Northshire Learning Disability Partnership\nCounty Hall, Room 12\nMarket Street\nNorthshire\nNS1 4AB"));

        publishing.publish(priya, PageKind.POLICY, new PageText("Our co-production policy",
                "What co-production means in Northshire, and the promises we make to everyone who works with us.",
                POLICY_FIRST, null, today.minusMonths(14), "The partnership board", null, null), days(now, 420));
        publishing.publish(priya, PageKind.POLICY, new PageText("Our co-production policy",
                "What co-production means in Northshire, and the promises we make to everyone who works with us.",
                POLICY, POLICY_EASY_READ, today.minusMonths(2), "The partnership board, with its co-chairs Jamie Lee and Helen Ward",
                null, "We now pay people within 14 days, and every paper has an easy read version"), days(now, 58));
        publishing.publish(priya, PageKind.PLAN, new PageText("Our co-production plan for 2026 to 2027",
                "What we will work on together this year, by when, and how you can take part.",
                PLAN, null, today.minusMonths(2), "The partnership board", null, null), days(now, 58));

        publishing.publish(priya, PageKind.UPDATE, new PageText("Day services review: what you told us",
                "Over 40 people came to our listening event about day services. Here is what they said, and what happens next.",
                """
                Thank you to everyone who came to the listening event about day services.

                # What you told us
                - You want more to do at weekends and in the evenings.
                - Travel is hard. Some people wait a long time for transport.
                - People want to choose who they spend time with.

                # What happens next
                The working group will use what you said to design new ideas with day centre staff. We will share the ideas with you before anything is decided.""",
                null, null, null, null, null), days(now, 20));
        publishing.publish(priya, PageKind.UPDATE, new PageText("New co-chair for the partnership board",
                "Jamie Lee is now a co-chair of the partnership board, alongside Helen Ward.",
                """
                Jamie Lee is now a co-chair of the partnership board. Jamie has been a member of the board for two years and helped to write our co-production policy.

                Jamie said: "I want everyone to feel listened to at the board, not just the people who talk the most."

                Jamie will chair the board with Councillor Helen Ward.""",
                null, null, null, null, null), days(now, 75));
        publishing.publish(priya, PageKind.UPDATE, new PageText("We now pay people within 14 days",
                "From this month, we pay people for their time within 14 days of a meeting, and tell them first if a payment could affect their benefits.",
                """
                People told us that waiting weeks to be paid was not fair. From this month, we promise to pay people within 14 days of a meeting.

                Before we pay you, we check whether the payment could affect your benefits. If it could, we tell you first, and you choose what to do.""",
                null, null, null, null, null), days(now, 50));

        LocalDate lastBoard = today.minusWeeks(6);
        long minutes = publishing.publish(priya, PageKind.PAPERS, new PageText("Partnership board: papers and minutes",
                "The papers for the board meeting, and what the board decided.",
                """
                # What the board talked about
                - Paying people faster for their time.
                - The day services review.
                - How we check that co-production is really happening.

                # What the board decided
                - We will pay people within 14 days of a meeting.
                - The day services review will hold a listening event before any plans are made.

                The full minutes are in the document below.""",
                """
                The board met on a Tuesday.

                The board said: we will pay people faster. We will pay you within 2 weeks.

                The board said: we will listen to people about day services first.""",
                null, null, lastBoard, null), days(now, 40));
        publishing.attach(priya, minutes, "partnership-board-minutes.pdf", "application/pdf",
                minutesPdf(lastBoard), days(now, 41));
        publishing.publish(priya, PageKind.PAPERS, new PageText("Partnership board: papers for the next meeting",
                "The agenda and papers for the next meeting of the partnership board.",
                """
                # Agenda
                - Welcome, and how we will look after each other in the meeting.
                - Day services review: what people told us at the listening event.
                - Our self-assessment: are we really co-producing?
                - Any other business.

                There will be a break after the second item. Papers in easy read are available: ask us.""",
                null, null, null, today.plusWeeks(2), null), days(now, 3));
    }

    private void whosWho(CurrentUser priya) {
        long organisation = priya.organisationId();
        for (String agreedNow : List.of("Jamie Lee", "Councillor Helen Ward")) {
            register.recordConsent(organisation, person(organisation, agreedNow), ConsentPurpose.NAME_SHOWN, true,
                    ConsentMethod.IN_PERSON, "For the who's who page", priya.personId());
        }
        publishing.writeWhosWhoEntry(priya, person(organisation, "Jamie Lee"), "Jamie Lee", "Co-chair of the partnership board",
                "I joined the board to make sure people like me are listened to. I like football, music and my cat, Biscuit.");
        publishing.writeWhosWhoEntry(priya, person(organisation, "Councillor Helen Ward"), "Councillor Helen Ward",
                "Co-chair of the partnership board",
                "I am a councillor for Northshire. I chair the board with Jamie, and I make sure what the board says reaches the council.");
        publishing.writeWhosWhoEntry(priya, person(organisation, "Aisha Rahman"), "Aisha", "Co-production champion",
                "I help new people feel welcome at meetings, and I co-lead the day services review.");
        publishing.writeWhosWhoEntry(priya, person(organisation, "Imani Clarke"), "Imani", "Co-production champion", null);
    }

    private long person(long organisation, String name) {
        return register.everyoneCurrent(organisation).stream().filter(p -> p.fullName().equals(name)).map(Person::id)
                .findFirst().orElseThrow();
    }

    private static Instant days(Instant now, int ago) {
        return now.minus(Duration.ofDays(ago));
    }

    private static byte[] minutesPdf(LocalDate meeting) {
        String html = """
                <html><head><title>Partnership board minutes</title></head><body style="font-family: sans-serif">
                <h1>Partnership board: minutes</h1>
                <p>Meeting on %s. Co-chairs: Jamie Lee and Helen Ward.</p>
                <h2>Decisions</h2>
                <ul><li>We will pay people within 14 days of a meeting.</li>
                <li>The day services review will hold a listening event before any plans are made.</li></ul>
                </body></html>""".formatted(Dates.date(meeting));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String POLICY_FIRST = """
            Co-production means people who use services, carers and staff working together as equals.

            We will involve people from the start of a piece of work to its end.""";

    private static final String POLICY = """
            Co-production means people with a learning disability, family carers and staff working together as equal partners, from the start of a piece of work to its end.

            # Our promises
            - We will involve you from the start, before decisions are made.
            - We will pay you for your time within 14 days, and check with you first if a payment could affect your benefits.
            - We will send papers a week before meetings, in easy read if you want them.
            - We will tell you what changed because of what you said.
            - We will check every year, with you, whether co-production is really happening.

            # Who this is for
            Everyone who works with the partnership: people with lived experience, family carers, council and NHS staff, and the organisations we pay to provide services.

            # If something goes wrong
            Tell us. You can give feedback on this website, phone us or write to us. We will always reply.""";

    private static final String POLICY_EASY_READ = """
            Co-production means working together.

            People with a learning disability, carers and staff work together. Everyone is equal.

            # Our promises
            - We ask you at the start.
            - We pay you for your time. We pay you in 2 weeks.
            - We check your benefits first.
            - We send you papers 1 week before a meeting.
            - We tell you what changed because of you.

            # Not happy?
            Tell us. We will always answer you.""";

    private static final String PLAN = """
            This plan says what we will work on together from April 2026 to March 2027.

            # What we will do
            - Review day services with the people who use them, and their families.
            - Make sure half of the partnership board are people with lived experience or family carers.
            - Train 10 more champions to help other people take part.
            - Check whether co-production is really happening, twice a year.

            # How you can take part
            Come to a listening event, join a working group, or become a champion. We pay you for your time and your travel.""";
}
