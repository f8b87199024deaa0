package org.coproduce.projects;

import java.util.Arrays;
import java.util.List;

/**
 * The questions of each part of preparation, in our words, after the getting-started guide's (seed 004) and the
 * digest's (seed 001). A question is answered yes, no or not sure, with an optional note; or, for the "why" and "how"
 * questions, in words.
 */
public enum PreparationQuestion {
    SERIOUS(PreparationSection.INTENTION, false),
    READY_TO_ACT(PreparationSection.INTENTION, false),
    LEADERS_SUPPORT(PreparationSection.INTENTION, false),
    WHY(PreparationSection.INTENTION, true),
    COMFORTABLE_WITH_UNCERTAINTY(PreparationSection.INTENTION, false),
    BUDGET(PreparationSection.INTENTION, false),
    OPEN_TO_OTHER_OUTCOMES(PreparationSection.PURPOSE, false),
    REVISIT_PURPOSE(PreparationSection.PURPOSE, false),
    HOW_PAID(PreparationSection.VALUE, true),
    EXPENSES_COVERED(PreparationSection.VALUE, false),
    BENEFITS_ADVICE(PreparationSection.VALUE, false),
    PLAIN_ENGLISH(PreparationSection.LANGUAGE, false),
    ASKED_HOW_DESCRIBED(PreparationSection.LANGUAGE, false),
    FORMATS(PreparationSection.ACCESSIBILITY, false),
    ADJUSTMENTS(PreparationSection.ACCESSIBILITY, true),
    ACCESS_BUDGET(PreparationSection.ACCESSIBILITY, false),
    TIMELINE(PreparationSection.TIME, true),
    TIME_TO_FORM(PreparationSection.TIME, false),
    DIVERSE_ENOUGH(PreparationSection.RELATIONSHIPS, false),
    WHERE_POWER_LIES(PreparationSection.RELATIONSHIPS, true);

    private final PreparationSection section;
    private final boolean inWords;

    PreparationQuestion(PreparationSection section, boolean inWords) {
        this.section = section;
        this.inWords = inWords;
    }

    public PreparationSection section() {
        return section;
    }

    /** Answered in words rather than yes, no or not sure. */
    public boolean inWords() {
        return inWords;
    }

    /** The name of its field in the form. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static List<PreparationQuestion> of(PreparationSection section) {
        return Arrays.stream(values()).filter(question -> question.section == section).toList();
    }
}
