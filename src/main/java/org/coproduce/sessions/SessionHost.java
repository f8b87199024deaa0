package org.coproduce.sessions;

import org.coproduce.groups.Group;

/**
 * What a session belongs to: a group or a project, with where to go back to.
 *
 * @param group the group, when the session is a group's; null for a project's
 */
public record SessionHost(String name, String href, String sessionsHref, String sessionsText, Group group) {
}
