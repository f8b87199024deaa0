package org.coproduce.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.groups.GroupKind;
import org.coproduce.groups.Groups;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.sessions.Session;
import org.coproduce.sessions.Sessions;
import org.coproduce.stories.Stories;
import org.coproduce.stories.StoryForm;
import org.coproduce.stories.StoryScope;
import org.springframework.stereotype.Component;

/** Stories told by Northshire's partners, each shared as far as its teller chose. */
@Component
class DemoStories {

    private final Stories stories;
    private final Register register;
    private final Sessions sessions;
    private final Groups groups;

    DemoStories(Stories stories, Register register, Sessions sessions, Groups groups) {
        this.stories = stories;
        this.register = register;
        this.sessions = sessions;
        this.groups = groups;
    }

    void loadNorthshire(CurrentUser priya) {
        for (String teller : new String[] {"Jamie Lee", "Chloe Martin"}) {
            register.recordConsent(priya.organisationId(), person(priya, teller), ConsentPurpose.SHARE_STORY, true,
                    ConsentMethod.EASY_READ_FORM, "For the stories they told us", priya.personId());
        }
        long jamies = stories.tell(priya, person(priya, "Jamie Lee"), new StoryForm(null, "Being a co-chair",
                """
                When I first came to the board, I did not say anything. The papers were long and full of words I did not know.

                Now I am a co-chair. We have easy read papers, and we stop for a break every hour. I ask people to explain words, and they do.

                Last month the board changed how it pays people, because of what we said. That is when I knew we were really being listened to.""",
                StoryScope.PUBLIC, "Jamie", true), null);
        long chloes = stories.tell(priya, person(priya, "Chloe Martin"), new StoryForm(null, "Caring and working",
                """
                I care for my son and I work part time. Being paid for meetings is great, but I was scared it would stop my Carer's Allowance.

                Being told before a payment could go over the limit, and choosing a smaller fee, means I can keep taking part.""",
                StoryScope.BOARD, "Chloe", true), null);
        stories.tell(priya, person(priya, "Aisha Rahman"), new StoryForm(null, "Waiting for transport",
                """
                Some days I wait two hours for the bus to the day centre. By the time I get there, the activities have started.""",
                StoryScope.TEAM, null, true), null);

        // The board heard Jamie's story at its last meeting, and will hear Chloe's at its next.
        Instant now = Instant.now();
        List<Session> boardMeetings = sessions.groupMeetingsBetween(priya.organisationId(), now.minus(Duration.ofDays(60)),
                        now.plus(Duration.ofDays(60))).stream()
                .filter(s -> groups.find(priya.organisationId(), s.groupId()).map(g -> g.kind() == GroupKind.BOARD).orElse(false))
                .toList();
        boardMeetings.stream().filter(s -> s.startsAt().isBefore(now)).reduce((first, second) -> second)
                .ifPresent(last -> stories.hearAt(priya, jamies, last.id()));
        boardMeetings.stream().filter(s -> s.startsAt().isAfter(now)).findFirst()
                .ifPresent(next -> stories.hearAt(priya, chloes, next.id()));
    }

    private long person(CurrentUser priya, String name) {
        return register.everyoneCurrent(priya.organisationId()).stream().filter(p -> p.fullName().equals(name))
                .map(Person::id).findFirst().orElseThrow();
    }
}
