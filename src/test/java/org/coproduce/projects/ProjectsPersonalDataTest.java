package org.coproduce.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.coproduce.web.Dates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's copy of their information holds the project teams they were in, and the stakeholder maps that name them. */
@CoproduceTest
class ProjectsPersonalDataTest {

    @Autowired Fixtures fixtures;
    @Autowired ProjectChanges changes;
    @Autowired ProjectRepository projects;
    @Autowired ProjectsPersonalData personalData;

    Organisation northshire;
    CurrentUser priya;
    long jamie;
    long helen;
    long review;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        jamie = fixtures.person(northshire, PersonDetails.basic("Jamie Lee", "Jamie", null, null, Set.of(InvolvementRole.LIVED_EXPERIENCE)));
        helen = fixtures.person(northshire, PersonDetails.basic("Helen Ward", "Helen", null, null, Set.of(InvolvementRole.COMMISSIONER)));
        review = changes.create(priya, new ProjectDetails("Day services review", "Find out what people want.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null));
        long minibus = changes.create(priya, new ProjectDetails("Minibus routes", "Plan the new routes.", null, null,
                CoKind.CO_DELIVERY, CyclePhase.PLAN, null, null));
        changes.addToTeam(priya, review, jamie, ProjectRole.CO_LEAD);
        changes.addToTeam(priya, review, helen, ProjectRole.MEMBER);
        changes.addToTeam(priya, minibus, helen, ProjectRole.ADVISER);
        changes.addStakeholder(priya, review, "Jamie Lee's circle of support");
        changes.addStakeholder(priya, review, "Helen Ward's team");
    }

    @Test
    void theCopyHoldsEveryTeamTheyWereInWithTheirRoleAndNobodyElses() {
        long spell = projects.team(northshire.id(), review).stream().filter(m -> m.personId() == jamie).findFirst().orElseThrow().id();
        changes.removeFromTeam(priya, review, spell);
        String today = Dates.date(java.time.LocalDate.now(Dates.LONDON));

        PersonalData.Part part = personalData.about(northshire.id(), jamie);

        assertThat(rows(part, "Project teams")).containsExactly(List.of("Day services review", "Co-lead", today, today));
        assertThat(part.tables().toString()).doesNotContain("Minibus routes").doesNotContain("Adviser");
    }

    @Test
    void theCopyHoldsOnlyTheStakeholderMapEntriesThatNameThem() {
        assertThat(rows(personalData.about(northshire.id(), jamie), "Project plans that name you"))
                .containsExactly(List.of("Day services review", "Jamie Lee's circle of support", "No", "", ""));
    }

    @Test
    void anotherOrganisationHoldsNothingAboutThem() {
        Organisation eastvale = fixtures.organisation("Eastvale Carers");
        CurrentUser ruth = fixtures.coordinator(eastvale);
        changes.addStakeholder(ruth, changes.create(ruth, new ProjectDetails("Carers' breaks", "Plan breaks.", null, null,
                CoKind.CO_DESIGN, CyclePhase.ANALYSE, null, null)), "Jamie Lee");

        assertThat(personalData.about(eastvale.id(), jamie).empty()).isTrue();
    }

    private static List<List<String>> rows(PersonalData.Part part, String title) {
        return part.tables().stream().filter(table -> table.title().equals(title)).findFirst()
                .map(PersonalData.Table::rows).orElse(List.of());
    }
}
