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

    Archiving(PersonRepository people, AccessManagement signInAccess) {
        this.people = people;
        this.signInAccess = signInAccess;
    }

    /** @throws org.coproduce.accounts.AccessChangeRefused when it would remove the organisation's last coordinator */
    @Transactional
    void archive(CurrentUser by, long personId) {
        signInAccess.personArchived(by, personId);
        people.setArchived(by.organisationId(), personId, true);
    }

    void restore(CurrentUser by, long personId) {
        people.setArchived(by.organisationId(), personId, false);
    }
}
