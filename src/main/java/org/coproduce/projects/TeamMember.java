package org.coproduce.projects;

import java.time.Instant;

/** Someone in a project's team now. */
public record TeamMember(long id, long personId, String name, ProjectRole role, boolean livedExperience, Instant addedAt) {
}
