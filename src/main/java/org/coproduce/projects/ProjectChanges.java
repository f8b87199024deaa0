package org.coproduce.projects;

import java.util.List;
import java.util.Map;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Register;
import org.coproduce.web.FormErrors;
import org.coproduce.web.NotFoundException;
import org.coproduce.web.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to projects, with the rules that keep them sound. Other modules and the demo go through here too. */
@Service
@Transactional
public class ProjectChanges {

    private final ProjectRepository projects;
    private final PreparationRepository preparation;
    private final Register register;

    ProjectChanges(ProjectRepository projects, PreparationRepository preparation, Register register) {
        this.projects = projects;
        this.preparation = preparation;
        this.register = register;
    }

    public long create(CurrentUser by, ProjectDetails details) {
        if (projects.titleTaken(by.organisationId(), details.title(), null)) {
            throw new Refused("title", "There is already a project called " + details.title() + ". Choose another title");
        }
        long id = projects.create(by.organisationId(), details);
        DefaultStakeholders.ENTRIES.forEach(entry -> preparation.addStakeholder(by.organisationId(), id, entry.who(), entry.oftenMissing()));
        return id;
    }

    public void update(CurrentUser by, long projectId, ProjectDetails details) {
        project(by, projectId);
        if (projects.titleTaken(by.organisationId(), details.title(), projectId)) {
            throw new Refused("title", "There is already a project called " + details.title() + ". Choose another title");
        }
        projects.update(by.organisationId(), projectId, details);
    }

    public void addToTeam(CurrentUser by, long projectId, long personId, ProjectRole role) {
        Project project = project(by, projectId);
        if (register.find(by.organisationId(), personId).filter(p -> !p.archived()).isEmpty()) {
            throw new Refused("personId", "Choose someone from the register");
        }
        if (projects.team(by.organisationId(), projectId).stream().anyMatch(m -> m.personId() == personId)) {
            throw new Refused("personId", "This person is already in the team for " + project.title());
        }
        try {
            projects.addToTeam(by.organisationId(), projectId, personId, role);
        } catch (DuplicateKeyException addedInAnotherTab) {
            throw new Refused("personId", "This person is already in the team for " + project.title());
        }
    }

    public void removeFromTeam(CurrentUser by, long projectId, long memberId) {
        project(by, projectId);
        if (!projects.removeFromTeam(by.organisationId(), projectId, memberId)) {
            throw new NotFoundException();
        }
    }

    /** Places the project on the ladder of participation. Earlier placings stay, as its history. */
    public void placeOnLadder(CurrentUser by, long projectId, Rung rung, String why) {
        project(by, projectId);
        projects.placeOnLadder(by.organisationId(), projectId, rung, why, by.personId());
    }

    /**
     * Saves the answers to one part of preparation, and whether it is completed. Answers are saved even when the part
     * cannot yet be marked completed, so nothing typed is lost.
     *
     * @return what stops the part being completed, if it was to be; empty when all is well
     */
    public List<FormErrors.Error> savePreparation(CurrentUser by, long projectId, PreparationSection section,
            Map<PreparationQuestion, PreparationAnswer> answers, boolean completed) {
        project(by, projectId);
        answers.forEach((question, answer) -> {
            if (question.section() != section) {
                throw new IllegalArgumentException(question + " is not part of " + section);
            }
            preparation.saveAnswer(by.organisationId(), projectId, question, answer.answer(), answer.note());
        });
        if (completed) {
            var problems = Preparation.blockingCompletion(section, preparation.answers(by.organisationId(), projectId),
                    preparation.stakeholders(by.organisationId(), projectId));
            if (!problems.isEmpty()) {
                preparation.markCompleted(by.organisationId(), projectId, section, false);
                return problems;
            }
        }
        preparation.markCompleted(by.organisationId(), projectId, section, completed);
        return List.of();
    }

    public void addStakeholder(CurrentUser by, long projectId, String who) {
        project(by, projectId);
        if (preparation.hasStakeholder(by.organisationId(), projectId, who)) {
            throw new Refused("who", who + " are already on the map");
        }
        preparation.addStakeholder(by.organisationId(), projectId, who, false);
    }

    /**
     * Says whether a group on the map is involved. When they are not, the reason is kept; when they should be, so is
     * the plan to involve them.
     */
    public void updateStakeholder(CurrentUser by, long projectId, long stakeholderId, boolean shouldInvolve, boolean involved,
            String whyMissing, String plan) {
        project(by, projectId);
        preparation.stakeholder(by.organisationId(), projectId, stakeholderId).orElseThrow(NotFoundException::new);
        preparation.updateStakeholder(by.organisationId(), projectId, stakeholderId, shouldInvolve, involved,
                involved ? null : whyMissing, shouldInvolve && !involved ? plan : null);
    }

    private Project project(CurrentUser by, long projectId) {
        return projects.find(by.organisationId(), projectId).orElseThrow(NotFoundException::new);
    }
}
