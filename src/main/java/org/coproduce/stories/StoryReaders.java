package org.coproduce.stories;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;

/** Who may read a story: the person who told it, coordinators, and the readers its scope allows. */
final class StoryReaders {

    private StoryReaders() {
    }

    static boolean mayRead(CurrentUser user, Story story) {
        if (story.withdrawn()) {
            return false;
        }
        return isTeller(user, story) || user.isCoordinator() || story.scope() == StoryScope.PUBLIC
                || story.scope() == StoryScope.BOARD && user.has(Role.BOARD);
    }

    /** The teller and coordinators can change who reads a story, withdraw it, and see that it was withdrawn. */
    static boolean mayManage(CurrentUser user, Story story) {
        return isTeller(user, story) || user.isCoordinator();
    }

    static boolean isTeller(CurrentUser user, Story story) {
        return user.personId() == story.personId();
    }
}
