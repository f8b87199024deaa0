package org.coproduce.assessment;

import org.coproduce.web.DateField;

/** An action as typed, shown again when something is wrong with it. */
public record ActionForm(String what, String owner, String about, DateField due) {

    static ActionForm empty() {
        return new ActionForm(null, null, null, DateField.empty());
    }
}
