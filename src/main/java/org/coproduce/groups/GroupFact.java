package org.coproduce.groups;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;

/**
 * Something another module knows about a group, shown on the group's page under "More about this group", such as how
 * many of its meetings heard a story. Modules declare these as beans.
 */
public interface GroupFact {

    Optional<View> forGroup(CurrentUser viewer, Group group);

    /** A link with a line under it, like "Stories heard" and "3 of its 8 meetings heard a story". */
    record View(String label, String detail, String href) {
    }
}
