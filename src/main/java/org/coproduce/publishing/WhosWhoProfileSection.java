package org.coproduce.publishing;

import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.ConsentPurpose;
import org.coproduce.people.Person;
import org.coproduce.people.ProfileSection;
import org.coproduce.people.ProfileSectionView;
import org.coproduce.people.Register;
import org.springframework.stereotype.Component;

/** On a profile: whether the person is on the public who's who page, with a link to change it. */
@Component
class WhosWhoProfileSection implements ProfileSection {

    private final WhosWhoRepository entries;
    private final Register register;

    WhosWhoProfileSection(WhosWhoRepository entries, Register register) {
        this.entries = entries;
        this.register = register;
    }

    @Override
    public Optional<ProfileSectionView> forProfile(CurrentUser viewer, Person person) {
        boolean self = viewer.personId() == person.id();
        if (!self && !viewer.isCoordinator()) {
            return Optional.empty();
        }
        Optional<WhosWhoEntry> entry = entries.find(viewer.organisationId(), person.id());
        boolean named = register.hasConsented(viewer.organisationId(), person.id(), ConsentPurpose.NAME_SHOWN);
        String value = entry.isEmpty() ? "Not on it"
                : named ? "Shown as " + entry.get().shownName() : "Written, but not shown: no agreement to the name being shown";
        return Optional.of(new ProfileSectionView("On our website",
                List.of(new ProfileSectionView.Row("Who's who page", value, "/whos-who/" + person.id())), null));
    }
}
