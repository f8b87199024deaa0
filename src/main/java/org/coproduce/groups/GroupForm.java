package org.coproduce.groups;

import java.util.ArrayList;
import java.util.List;
import org.coproduce.web.FormErrors;

/**
 * What the group form sends. Numbers arrive as text so that "ten" gets a clear message rather than a conversion error.
 */
public record GroupForm(GroupKind kind, String name, String purpose, MeetingFrequency meets, String target, Long reportsTo,
        String quorum) {

    static GroupForm of(Group group) {
        return new GroupForm(group.kind(), group.name(), group.purpose(), group.meets(),
                group.livedExperienceTarget() == null ? null : String.valueOf(group.livedExperienceTarget()),
                group.reportsToId(), group.quorum() == null ? null : String.valueOf(group.quorum()));
    }

    /** The checked details, or the first problem in the order of the form. */
    GroupDetails details(List<FormErrors.Error> problems) {
        List<FormErrors.Error> found = new ArrayList<>();
        if (kind == null) {
            found.add(new FormErrors.Error("kind", "Choose what kind of group it is"));
        }
        if (name == null) {
            found.add(new FormErrors.Error("name", "Enter the group's name"));
        } else {
            GroupLimits.NAME.check("name", name, found);
        }
        if (purpose == null) {
            found.add(new FormErrors.Error("purpose", "Say what the group is for, in a sentence or two"));
        } else {
            GroupLimits.PURPOSE.check("purpose", purpose, found);
        }
        if (meets == null) {
            found.add(new FormErrors.Error("meets", "Choose how often the group meets"));
        }
        Integer targetValue = number(target, 0, 100, "target",
                "Enter the target as a whole number from 0 to 100, like 50", found);
        Integer quorumValue = number(quorum, 1, 500, "quorum",
                "Enter the quorum as a whole number, like 2, or leave it empty", found);
        problems.addAll(found);
        return found.isEmpty() ? new GroupDetails(kind, name, purpose, meets, targetValue, reportsTo, quorumValue) : null;
    }

    private static Integer number(String text, int min, int max, String field, String message, List<FormErrors.Error> found) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.replace("%", "").trim());
            if (value < min || value > max) {
                found.add(new FormErrors.Error(field, message));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            found.add(new FormErrors.Error(field, message));
            return null;
        }
    }
}
