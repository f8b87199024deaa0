package org.coproduce.people;

import java.util.List;
import java.util.Map;
import org.coproduce.accounts.AccessStatus;

/**
 * A profile page as the viewer may see it. Special category parts are null when the viewer may not see them,
 * and so are never sent to their browser.
 *
 * @param self         the viewer is looking at their own profile
 * @param signInAccess null unless the viewer is a coordinator
 */
public record Profile(
        Person person,
        boolean self,
        boolean canEdit,
        boolean canManage,
        AccessAndCommunication access,
        Equality equality,
        Benefits benefits,
        Map<ConsentPurpose, ConsentDecision> consents,
        AccessStatus signInAccess,
        List<ProfileSectionView> moreSections) {

    public boolean showsSensitive() {
        return access != null;
    }

    /** Who can see the special category parts, in words for the viewer. */
    public String sensitiveAudience() {
        return self ? "Only you and the coordinators at your organisation can see this."
                : "Only coordinators and " + person.displayName() + " can see this.";
    }

    /** Who can see the rest of the profile. */
    public String generalAudience() {
        return self ? "Staff and coordinators in your organisation can see this."
                : "Staff, coordinators and " + person.displayName() + " can see this.";
    }

    /** "you" or the person's name, for headings and buttons. */
    public String who() {
        return self ? "you" : person.displayName();
    }
}
