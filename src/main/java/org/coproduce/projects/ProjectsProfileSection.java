package org.coproduce.projects;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Person;
import org.coproduce.people.ProfileSection;
import org.coproduce.people.ProfileSectionView;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Component;

/** The projects a person is in the team of, on their profile. */
@Component
class ProjectsProfileSection implements ProfileSection {

    private final ProjectRepository projects;
    private final Labels labels;

    ProjectsProfileSection(ProjectRepository projects, Labels labels) {
        this.projects = projects;
        this.labels = labels;
    }

    @Override
    public Optional<ProfileSectionView> forProfile(CurrentUser viewer, Person person) {
        boolean self = viewer.personId() == person.id();
        var rows = projects.projectsOf(viewer.organisationId(), person.id()).stream()
                .map(project -> new ProfileSectionView.Row(project.title(), labels.of(project.role()), "/projects/" + project.projectId()))
                .toList();
        return Optional.of(new ProfileSectionView("Projects", rows,
                self ? "You are not in any project teams yet." : person.displayName() + " is not in any project teams yet."));
    }
}
