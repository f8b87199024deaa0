package org.coproduce.groups;

import java.util.List;

/**
 * A group's page as the viewer may see it.
 *
 * @param diversity null unless the viewer is a coordinator or board member
 * @param terms     the latest version of the terms of reference, or null when none are written yet
 */
public record GroupPage(
        Group group,
        GroupHealth health,
        List<Member> current,
        List<Member> past,
        TermsVersion terms,
        Diversity diversity,
        boolean canManage,
        List<GroupFact.View> facts) {

    public List<Member> notInducted() {
        return current.stream().filter(m -> !m.inductionFinished()).toList();
    }
}
