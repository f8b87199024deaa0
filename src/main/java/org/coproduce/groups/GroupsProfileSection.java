package org.coproduce.groups;

import java.util.Optional;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.people.Person;
import org.coproduce.people.ProfileSection;
import org.coproduce.people.ProfileSectionView;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Component;

/** The groups a person is in, on their profile. */
@Component
class GroupsProfileSection implements ProfileSection {

    private final MemberRepository members;
    private final Labels labels;

    GroupsProfileSection(MemberRepository members, Labels labels) {
        this.members = members;
        this.labels = labels;
    }

    @Override
    public Optional<ProfileSectionView> forProfile(CurrentUser viewer, Person person) {
        boolean self = viewer.personId() == person.id();
        var rows = members.groupsOf(viewer.organisationId(), person.id()).stream()
                .map(group -> new ProfileSectionView.Row(group.groupName(),
                        labels.of(group.role()) + " since " + Dates.date(group.joinedOn())
                                + (group.termEndsOn() == null ? "" : ", term ends " + Dates.date(group.termEndsOn())),
                        "/groups/" + group.groupId()))
                .toList();
        return Optional.of(new ProfileSectionView("Groups", rows,
                self ? "You are not in any groups yet." : person.displayName() + " is not in any groups yet."));
    }
}
