package org.coproduce.projects;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know about projects: for example, the project a session belongs to and its team. */
@Service
@Transactional(readOnly = true)
public class Projects {

    private final ProjectRepository projects;

    Projects(ProjectRepository projects) {
        this.projects = projects;
    }

    public Optional<Project> find(long organisationId, long projectId) {
        return projects.find(organisationId, projectId);
    }

    public List<TeamMember> team(long organisationId, long projectId) {
        return projects.team(organisationId, projectId);
    }
}
