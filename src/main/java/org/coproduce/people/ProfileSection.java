package org.coproduce.people;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;

/**
 * A part of a person's profile that another module owns, such as the groups they belong to. Modules declare these
 * as beans; the profile shows those that have something to say to the viewer.
 */
public interface ProfileSection {

    Optional<ProfileSectionView> forProfile(CurrentUser viewer, Person person);
}
