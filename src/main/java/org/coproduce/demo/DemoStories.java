package org.coproduce.demo;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.Register;
import org.coproduce.stories.Stories;
import org.coproduce.stories.StoryForm;
import org.coproduce.stories.StoryScope;
import org.springframework.stereotype.Component;

/** Stories told by Northshire's partners, each shared as far as its teller chose. */
@Component
class DemoStories {

    private final Stories stories;
    private final Register register;

    DemoStories(Stories stories, Register register) {
        this.stories = stories;
        this.register = register;
    }

    void loadNorthshire(CurrentUser priya) {
        for (String teller : new String[] {"Jamie Lee", "Chloe Martin"}) {
            register.recordConsent(priya.organisationId(), person(priya, teller), ConsentPurpose.SHARE_STORY, true,
                    ConsentMethod.EASY_READ_FORM, "For the stories they told us", priya.personId());
        }
        stories.tell(priya, person(priya, "Jamie Lee"), new StoryForm(null, "Being a co-chair",
                """
                When I first came to the board, I did not say anything. The papers were long and full of words I did not know.

                Now I am a co-chair. We have easy read papers, and we stop for a break every hour. I ask people to explain words, and they do.

                Last month the board changed how it pays people, because of what we said. That is when I knew we were really being listened to.""",
                StoryScope.PUBLIC, "Jamie", true), null);
        stories.tell(priya, person(priya, "Chloe Martin"), new StoryForm(null, "Caring and working",
                """
                I care for my son and I work part time. Being paid for meetings is great, but I was scared it would stop my Carer's Allowance.

                Being told before a payment could go over the limit, and choosing a smaller fee, means I can keep taking part.""",
                StoryScope.BOARD, "Chloe", true), null);
        stories.tell(priya, person(priya, "Aisha Rahman"), new StoryForm(null, "Waiting for transport",
                """
                Some days I wait two hours for the bus to the day centre. By the time I get there, the activities have started.""",
                StoryScope.TEAM, null, true), null);
    }

    private long person(CurrentUser priya, String name) {
        return register.everyoneCurrent(priya.organisationId()).stream().filter(p -> p.fullName().equals(name))
                .map(Person::id).findFirst().orElseThrow();
    }
}
