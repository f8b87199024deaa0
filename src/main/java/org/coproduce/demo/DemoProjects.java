package org.coproduce.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.projects.CoKind;
import org.coproduce.projects.CyclePhase;
import org.coproduce.projects.PreparationAnswer;
import org.coproduce.projects.PreparationQuestion;
import org.coproduce.projects.PreparationSection;
import org.coproduce.projects.ProjectChanges;
import org.coproduce.projects.ProjectDetails;
import org.coproduce.projects.ProjectRole;
import org.coproduce.projects.Rung;
import org.coproduce.sessions.Reply;
import org.coproduce.sessions.SessionDetails;
import org.coproduce.sessions.SessionKind;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.Dates;
import org.springframework.stereotype.Component;

/**
 * Two Northshire projects: a day services review well under way, with a co-lead with lived experience, a history on
 * the ladder and preparation half done; and an easy read letters project led only by professionals, which the
 * project page warns about.
 */
@Component
class DemoProjects {

    private final ProjectChanges changes;
    private final Sessions sessions;
    private final Register register;

    DemoProjects(ProjectChanges changes, Sessions sessions, Register register) {
        this.changes = changes;
        this.sessions = sessions;
        this.register = register;
    }

    void loadNorthshire(CurrentUser priya) {
        Map<String, Long> people = register.everyoneCurrent(priya.organisationId()).stream()
                .collect(Collectors.toMap(Person::fullName, Person::id, (a, b) -> a));

        long dayServices = changes.create(priya, new ProjectDetails("Day services review",
                "Find out what people want from day services, and design the new service together.",
                "More choice of things to do in the day, closer to home, with people's friends.",
                null, CoKind.CO_DESIGN, CyclePhase.ANALYSE, 300_000L, 80_000L));
        changes.addToTeam(priya, dayServices, people.get("Aisha Rahman"), ProjectRole.CO_LEAD);
        changes.addToTeam(priya, dayServices, people.get("Stephen Wright"), ProjectRole.CO_LEAD);
        changes.addToTeam(priya, dayServices, people.get("Ben Carter"), ProjectRole.MEMBER);
        changes.addToTeam(priya, dayServices, people.get("Chloe Martin"), ProjectRole.MEMBER);
        changes.addToTeam(priya, dayServices, people.get("Harry Walsh"), ProjectRole.ADVISER);
        changes.addToTeam(priya, dayServices, people.get("Priya Shah"), ProjectRole.SUPPORTING_STAFF);
        changes.placeOnLadder(priya, dayServices, Rung.CONSULTATION,
                "We ran a survey about day services, but the council wrote the questions and will decide.");
        changes.placeOnLadder(priya, dayServices, Rung.CO_DESIGN,
                "Aisha co-leads the review. The design group of self-advocates, carers and staff chooses what the new service looks like.");

        changes.savePreparation(priya, dayServices, PreparationSection.INTENTION, Map.of(
                PreparationQuestion.SERIOUS, yes(),
                PreparationQuestion.READY_TO_ACT, yes(),
                PreparationQuestion.LEADERS_SUPPORT, new PreparationAnswer("YES", "The director of adult social care has agreed to act on it."),
                PreparationQuestion.WHY, new PreparationAnswer("People told the board that day services do not suit them any more.", null),
                PreparationQuestion.COMFORTABLE_WITH_UNCERTAINTY, new PreparationAnswer("NOT_SURE", "Some managers want to know the answer first."),
                PreparationQuestion.BUDGET, yes()), true);
        changes.savePreparation(priya, dayServices, PreparationSection.PURPOSE, Map.of(
                PreparationQuestion.OPEN_TO_OTHER_OUTCOMES, yes(),
                PreparationQuestion.REVISIT_PURPOSE, yes()), true);
        changes.savePreparation(priya, dayServices, PreparationSection.VALUE, Map.of(
                PreparationQuestion.HOW_PAID, new PreparationAnswer("£25 an hour for meetings and for reading papers, or a voucher.", null),
                PreparationQuestion.EXPENSES_COVERED, yes()), false);

        dayServicesSessions(priya, dayServices, people);

        long easyRead = changes.create(priya, new ProjectDetails("Easy read health letters",
                "Make the letters people get from their doctor easier to understand.", null, null,
                CoKind.CO_DELIVERY, CyclePhase.DO, null, null));
        changes.addToTeam(priya, easyRead, people.get("Wendy Harris"), ProjectRole.CO_LEAD);
        changes.addToTeam(priya, easyRead, people.get("Mohammed Ali"), ProjectRole.MEMBER);
        changes.placeOnLadder(priya, easyRead, Rung.CONSULTATION,
                "Professionals write the letters and ask self-advocates to check them.");
    }

    /**
     * A listening event three weeks ago, and a design workshop coming up: invitations sent, most replies in, Kwame's BSL
     * interpreter not yet booked (so the home page flags it), and Kwame not agreeing to a recording.
     */
    private void dayServicesSessions(CurrentUser priya, long project, Map<String, Long> people) {
        LocalDate today = LocalDate.now(Dates.LONDON);
        long listening = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Listening event",
                "Hear what people like and do not like about day services now.", "A list of what matters most to people.",
                at(today.minusWeeks(3), 13, 0), at(today.minusWeeks(3), 15, 30), "Northshire Community Hub, main hall", null));
        sessions.recordAttendance(priya, listening, List.of(people.get("Aisha Rahman"), people.get("Stephen Wright"),
                people.get("Ben Carter"), people.get("Chloe Martin"), people.get("Priya Shah")));
        sessions.decide(priya, listening, "The design group will visit two day services in other areas before choosing anything.");
        sessions.sendFollowUp(priya, listening, Map.of(people.get("Aisha Rahman"),
                        "You said people want to go out in the evenings too. The design workshop will look at evening activities."),
                "Thank you for coming. We heard that people want more choice, closer to home. The design workshop is next.");

        long workshop = sessions.planForProject(priya, project, new SessionDetails(SessionKind.WORKSHOP, "Design workshop",
                "Choose what the new day service should offer.", "Three ideas the design group wants to test.",
                at(today.plusDays(10), 10, 0), at(today.plusDays(10), 12, 30), "Northshire Community Hub, room 2", null));
        List<String> invited = List.of("Aisha Rahman", "Ben Carter", "Kwame Mensah", "Chloe Martin", "Harry Walsh");
        sessions.invite(priya, workshop, invited.stream().map(people::get).toList());
        sessions.reply(priya.organisationId(), workshop, people.get("Aisha Rahman"), Reply.YES, "YES");
        sessions.reply(priya.organisationId(), workshop, people.get("Kwame Mensah"), Reply.YES, "NO");
        sessions.reply(priya.organisationId(), workshop, people.get("Ben Carter"), Reply.MAYBE, "YES");
        sessions.reply(priya.organisationId(), workshop, people.get("Chloe Martin"), Reply.NO, null);
        sessions.arrange(priya, workshop, "QUIET_ROOM", "Room 3 is kept free next door.");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Dates.LONDON).toInstant();
    }

    private static PreparationAnswer yes() {
        return new PreparationAnswer("YES", null);
    }
}
