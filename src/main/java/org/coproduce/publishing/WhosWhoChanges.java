package org.coproduce.publishing;

import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentMethod;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving a who's who entry, its photo and the person's own choice to be named, together or not at all. */
@Service
@Transactional
class WhosWhoChanges {

    private final WhosWhoRepository entries;
    private final Register register;

    WhosWhoChanges(WhosWhoRepository entries, Register register) {
        this.entries = entries;
        this.register = register;
    }

    /**
     * @param showPhoto whether the person chose to show the photo; a photo someone else sends now is never shown straight away
     * @param portrait a new photo, or null to keep the one there is
     * @param nameShown the person's own choice to be named in public, recorded as their consent; null when someone else
     *                  writes the entry, as only the person can give it
     */
    void save(CurrentUser by, long personId, String shownName, String roleTitle, String words, boolean showPhoto,
            Portrait portrait, Boolean nameShown) {
        // Someone else's new photo waits until the person has seen it and chosen to show it.
        boolean shown = showPhoto && (portrait == null || by.personId() == personId);
        entries.save(by.organisationId(), personId, shownName, roleTitle, words, shown, by.personId());
        if (portrait != null) {
            entries.savePhoto(by.organisationId(), personId, portrait.contentType(), portrait.content(), shown);
        }
        if (nameShown != null && register.hasConsented(by.organisationId(), personId, ConsentPurpose.NAME_SHOWN) != nameShown) {
            register.recordConsent(by.organisationId(), personId, ConsentPurpose.NAME_SHOWN, nameShown, ConsentMethod.ONLINE,
                    "Chosen on their who's who entry", by.personId());
        }
    }
}
