package org.coproduce.people;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.accounts.Role;
import org.coproduce.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change what in the register.
 * <ul>
 *     <li>Coordinators see and change everyone in their organisation, including special category data.</li>
 *     <li>Staff see the register and profiles, but not access needs, equality or benefits information.</li>
 *     <li>Everyone sees and changes their own profile, including their own special category data.</li>
 * </ul>
 * Someone who may not open a profile gets "not found", exactly as if it did not exist.
 */
@Component
class PersonAccess {

    private final PersonRepository people;

    PersonAccess(PersonRepository people) {
        this.people = people;
    }

    static boolean canBrowseRegister(CurrentUser user) {
        return user.isCoordinator() || user.has(Role.STAFF);
    }

    static boolean canSeeSensitive(CurrentUser user, long personId) {
        return user.isCoordinator() || user.isPerson(personId);
    }

    static boolean canEdit(CurrentUser user, long personId) {
        return user.isCoordinator() || user.isPerson(personId);
    }

    /** The person, if the user may see their profile. */
    Person open(CurrentUser user, long personId) {
        Person person = people.find(user.organisationId(), personId).orElseThrow(NotFoundException::new);
        if (!canBrowseRegister(user) && !user.isPerson(personId)) {
            throw new NotFoundException();
        }
        return person;
    }

    /** The person, if the user may change their profile now: archived people must be brought back first. */
    Person openForEditing(CurrentUser user, long personId) {
        Person person = open(user, personId);
        if (!canEdit(user, personId) || person.archived()) {
            throw new NotFoundException();
        }
        return person;
    }

    /** The person, if the user may see and change their special category data. */
    Person openSensitive(CurrentUser user, long personId) {
        Person person = openForEditing(user, personId);
        if (!canSeeSensitive(user, personId)) {
            throw new NotFoundException();
        }
        return person;
    }
}
