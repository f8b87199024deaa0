package org.coproduce.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.support.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.organisations.Organisation;
import org.coproduce.people.InvolvementRole;
import org.coproduce.people.PersonDetails;
import org.coproduce.support.CoproduceTest;
import org.coproduce.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@CoproduceTest
class ProjectPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ProjectChanges changes;
    @Autowired ProjectRepository projects;
    @Autowired PreparationRepository preparation;
    @Autowired JdbcClient jdbc;

    Organisation northshire;
    CurrentUser priya;
    long project;

    @BeforeEach
    void setUp() {
        northshire = fixtures.organisation("Northshire Partnership");
        priya = fixtures.coordinator(northshire);
        project = changes.create(priya, new ProjectDetails("Day services review", "Find out what people want from day services.",
                null, null, CoKind.CO_DESIGN, CyclePhase.ANALYSE, 150_000L, null));
    }

    @Test
    void aProjectWithoutItsDetailsOrWithABudgetThatIsNotMoneyIsExplainedAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/projects").with(as(priya)).with(csrf()).param("title", "Housing").param("budgetTime", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#purpose\">Say what the project is for, in plain words</a>")))
                .andExpect(content().string(containsString("<a href=\"#coKind\">Choose which kind of co-production it is</a>")))
                .andExpect(content().string(containsString("Enter an amount in pounds, like 1500 or 1,250.50")))
                .andExpect(content().string(containsString("value=\"lots\"")))
                .andExpect(content().string(containsString("value=\"Housing\"")));
    }

    @Test
    void theBudgetIsKeptInExactPence() throws Exception {
        mvc.perform(post("/projects").with(as(priya)).with(csrf()).param("title", "Transport").param("purpose", "Getting about.")
                        .param("coKind", "CO_DELIVERY").param("phase", "DO").param("budgetTime", "£1,250.50").param("budgetExpenses", "99.99"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select budget_time_pence from project where organisation_id = :id and title = 'Transport'")
                .param("id", northshire.id()).query(Long.class).single()).isEqualTo(125_050L);
        mvc.perform(get("/projects").with(as(priya))).andExpect(status().isOk());
    }

    @Test
    void aProjectWithoutACoLeadWithLivedExperienceIsWarnedUntilItHasOne() throws Exception {
        long helen = person("Helen Ward", InvolvementRole.COMMISSIONER);
        changes.addToTeam(priya, project, helen, ProjectRole.CO_LEAD);
        mvc.perform(get("/projects/" + project).with(as(priya)))
                .andExpect(content().string(containsString("No co-lead has lived or caring experience")));

        mvc.perform(post("/projects/" + project + "/team").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(person("Jamie Lee", InvolvementRole.LIVED_EXPERIENCE))).param("role", "CO_LEAD"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/" + project).with(as(priya)))
                .andExpect(content().string(not(containsString("No co-lead has lived or caring experience"))));
    }

    @Test
    void someoneFromAnotherOrganisationCannotJoinTheTeam() throws Exception {
        long stranger = fixtures.person(fixtures.organisation("Eastvale Carers"), Fixtures.callum());

        mvc.perform(post("/projects/" + project + "/team").with(as(priya)).with(csrf())
                        .param("personId", String.valueOf(stranger)).param("role", "CO_LEAD"))
                .andExpect(content().string(containsString("Choose someone from the register")));
        assertThat(projects.team(northshire.id(), project)).isEmpty();
    }

    @Test
    void theLadderKeepsEveryPlacingWithItsReason() throws Exception {
        mvc.perform(post("/projects/" + project + "/ladder").with(as(priya)).with(csrf()).param("rung", "CO_DESIGN"))
                .andExpect(content().string(containsString("Say why it is there")));
        changes.placeOnLadder(priya, project, Rung.CONSULTATION, "We asked for views but the council decided.");
        mvc.perform(post("/projects/" + project + "/ladder").with(as(priya)).with(csrf()).param("rung", "CO_DESIGN")
                        .param("why", "Self-advocates now design the new service with us."))
                .andExpect(status().is3xxRedirection());

        assertThat(projects.ladder(northshire.id(), project)).extracting(LadderStep::rung).containsExactly(Rung.CO_DESIGN, Rung.CONSULTATION);
        mvc.perform(get("/projects/" + project + "/ladder").with(as(fixtures.partner(northshire))))
                .andExpect(content().string(containsString("We asked for views but the council decided.")))
                .andExpect(content().string(containsString("Self-advocates now design the new service with us.")));
    }

    @Test
    void aPartOfPreparationCannotBeCompletedWithQuestionsUnansweredButWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/projects/" + project + "/preparation/intention").with(as(priya)).with(csrf())
                        .param("serious", "YES").param("why", "People told us day services do not suit them.").param("completed", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#ready-to-act\">Choose yes, no or not sure before you mark this part as completed</a>")))
                .andExpect(content().string(containsString("People told us day services do not suit them.")));

        assertThat(preparation.answers(northshire.id(), project)).containsKey(PreparationQuestion.WHY);
        assertThat(preparation.completed(northshire.id(), project)).isEmpty();
    }

    @Test
    void answeringEveryQuestionCompletesThePartAndNoAnswersBecomeThingsToActOn() throws Exception {
        mvc.perform(post("/projects/" + project + "/preparation/intention").with(as(priya)).with(csrf())
                        .param("serious", "YES").param("ready-to-act", "YES").param("leaders-support", "NOT_SURE")
                        .param("why", "People told us day services do not suit them.").param("comfortable-with-uncertainty", "YES")
                        .param("budget", "NO").param("budget-note", "Waiting for the council budget in March.").param("completed", "yes"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/projects/" + project).with(as(priya)))
                .andExpect(content().string(containsString("1 of 7 parts completed")))
                .andExpect(content().string(containsString("To act on before the work starts")))
                .andExpect(content().string(containsString("Do our leaders support this work?")))
                .andExpect(content().string(containsString("Is there a budget for people's time")));
    }

    @Test
    void relationshipsCannotBeCompletedWhileAMissingGroupHasNoReasonOrPlan() throws Exception {
        Stakeholder children = preparation.stakeholders(northshire.id(), project).stream()
                .filter(s -> s.who().equals("Children and young people")).findFirst().orElseThrow();
        mvc.perform(post("/projects/" + project + "/stakeholders/" + children.id()).with(as(priya)).with(csrf()).param("involvement", "missing"))
                .andExpect(content().string(containsString("Say why they are not involved yet")))
                .andExpect(content().string(containsString("Say what you will do to involve them")));

        changes.savePreparation(priya, project, PreparationSection.RELATIONSHIPS, Map.of(
                PreparationQuestion.DIVERSE_ENOUGH, new PreparationAnswer("NOT_SURE", null),
                PreparationQuestion.WHERE_POWER_LIES, new PreparationAnswer("The council holds the budget.", null)), false);
        for (Stakeholder s : preparation.stakeholders(northshire.id(), project)) {
            changes.updateStakeholder(priya, project, s.id(), true, !s.oftenMissing(), null, null);
        }
        mvc.perform(post("/projects/" + project + "/preparation/relationships").with(as(priya)).with(csrf())
                        .param("diverse-enough", "NOT_SURE").param("where-power-lies", "The council holds the budget.").param("completed", "yes"))
                .andExpect(content().string(containsString("Say why children and young people are not involved yet")));

        mvc.perform(post("/projects/" + project + "/stakeholders/" + children.id()).with(as(priya)).with(csrf()).param("involvement", "missing")
                        .param("whyMissing", "Meetings are in school hours.").param("plan", "Hold a session at the youth club on a Saturday."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/" + project).with(as(priya)))
                .andExpect(content().string(containsString("Voices not heard yet")))
                .andExpect(content().string(containsString("Children and young people: Hold a session at the youth club on a Saturday.")));
    }

    @Test
    void partnersCanReadProjectsButNotChangeThem() throws Exception {
        CurrentUser partner = fixtures.partner(northshire);
        mvc.perform(get("/projects/" + project).with(as(partner))).andExpect(status().isOk());
        mvc.perform(get("/projects/" + project + "/preparation/intention").with(as(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<form method=\"post\" action=\"/projects/" + project + "/preparation"))));
        mvc.perform(get("/projects/new").with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + project + "/team").with(as(partner))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + project + "/ladder").with(as(partner)).with(csrf()).param("rung", "CO_PRODUCTION").param("why", "Me"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + project + "/preparation/intention").with(as(partner)).with(csrf()).param("completed", "no"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganisationCanNeverSeeOrChangeAProject() throws Exception {
        changes.placeOnLadder(priya, project, Rung.CONSULTATION, "Views asked for.");
        long stakeholder = preparation.stakeholders(northshire.id(), project).get(0).id();
        CurrentUser ruth = fixtures.coordinator(fixtures.organisation("Eastvale Carers"));

        for (String page : List.of("/projects/" + project, "/projects/" + project + "/edit", "/projects/" + project + "/team",
                "/projects/" + project + "/ladder", "/projects/" + project + "/preparation/intention",
                "/projects/" + project + "/stakeholders/" + stakeholder)) {
            mvc.perform(get(page).with(as(ruth))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/projects/" + project + "/ladder").with(as(ruth)).with(csrf()).param("rung", "COERCION").param("why", "Ours"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + project + "/stakeholders/" + stakeholder).with(as(ruth)).with(csrf()).param("involvement", "involved"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects").with(as(ruth))).andExpect(content().string(not(containsString("Day services review"))));
        assertThat(projects.ladder(northshire.id(), project)).hasSize(1);
    }

    @Test
    void aPersonsProjectsShowOnTheirProfile() throws Exception {
        long jamie = person("Jamie Lee", InvolvementRole.LIVED_EXPERIENCE);
        changes.addToTeam(priya, project, jamie, ProjectRole.CO_LEAD);

        mvc.perform(get("/people/" + jamie).with(as(priya)))
                .andExpect(content().string(containsString("Day services review")))
                .andExpect(content().string(containsString("Co-lead")));
    }

    private long person(String name, InvolvementRole role) {
        return fixtures.person(northshire, PersonDetails.basic(name, name.split(" ")[0], null, null, Set.of(role)));
    }
}
