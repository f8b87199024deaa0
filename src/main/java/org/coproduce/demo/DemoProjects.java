package org.coproduce.demo;

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
import org.springframework.stereotype.Component;

/**
 * Two Northshire projects: a day services review well under way, with a co-lead with lived experience, a history on
 * the ladder and preparation half done; and an easy read letters project led only by professionals, which the
 * project page warns about.
 */
@Component
class DemoProjects {

    private final ProjectChanges changes;
    private final Register register;

    DemoProjects(ProjectChanges changes, Register register) {
        this.changes = changes;
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

        long easyRead = changes.create(priya, new ProjectDetails("Easy read health letters",
                "Make the letters people get from their doctor easier to understand.", null, null,
                CoKind.CO_DELIVERY, CyclePhase.DO, null, null));
        changes.addToTeam(priya, easyRead, people.get("Wendy Harris"), ProjectRole.CO_LEAD);
        changes.addToTeam(priya, easyRead, people.get("Mohammed Ali"), ProjectRole.MEMBER);
        changes.placeOnLadder(priya, easyRead, Rung.CONSULTATION,
                "Professionals write the letters and ask self-advocates to check them.");
    }

    private static PreparationAnswer yes() {
        return new PreparationAnswer("YES", null);
    }
}
