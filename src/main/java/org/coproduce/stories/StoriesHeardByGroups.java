package org.coproduce.stories;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.Group;
import org.coproduce.groups.GroupFact;
import org.coproduce.sessions.Session;
import org.coproduce.sessions.Sessions;
import org.springframework.stereotype.Component;

/** On a group's page: how many of its meetings so far heard a story, a sign that people's voices reach it. */
@Component
class StoriesHeardByGroups implements GroupFact {

    private final StoryRepository stories;
    private final Sessions sessions;

    StoriesHeardByGroups(StoryRepository stories, Sessions sessions) {
        this.stories = stories;
        this.sessions = sessions;
    }

    @Override
    public Optional<View> forGroup(CurrentUser viewer, Group group) {
        Instant now = Instant.now();
        List<Session> held = sessions.ofGroup(viewer.organisationId(), group.id()).stream()
                .filter(s -> s.startsAt().isBefore(now)).toList();
        Set<Long> withStories = new HashSet<>(stories.sessionsOfGroupWithStories(viewer.organisationId(), group.id()));
        long heard = held.stream().filter(s -> withStories.contains(s.id())).count();
        String detail = held.isEmpty() ? "No meetings yet"
                : heard + " of its " + held.size() + (held.size() == 1 ? " meeting" : " meetings") + " heard a story";
        return Optional.of(new View("Stories heard", detail, "/stories"));
    }
}
