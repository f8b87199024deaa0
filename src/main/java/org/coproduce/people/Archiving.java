package org.coproduce.people;

import org.coproduce.accounts.AccessManagement;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Archiving and bringing back: the register and sign-in access change together or not at all. */
@Service
class Archiving {

    private final PersonRepository people;
    private final AccessManagement signInAccess;
    private final RegisterChanges changes;

    Archiving(PersonRepository people, AccessManagement signInAccess, RegisterChanges changes) {
        this.people = people;
        this.signInAccess = signInAccess;
        this.changes = changes;
    }

    /** @throws org.coproduce.web.Refused when it would remove the organisation's last coordinator */
    @Transactional
    void archive(CurrentUser by, Person person) {
        signInAccess.personArchived(by, person.id());
        people.setArchived(by.organisationId(), person.id(), true);
        changes.recordChange(by, person, "Archived");
    }

    @Transactional
    void restore(CurrentUser by, Person person) {
        people.setArchived(by.organisationId(), person.id(), false);
        changes.recordChange(by, person, "Brought back to the register");
    }
}
