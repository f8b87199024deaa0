package org.coproduce.people;

/**
 * Optional equality monitoring. Every answer may be "prefer not to say" (DECLINED); null means not answered.
 * Special category data: only coordinators and the person themselves see it.
 *
 * @param genderDescription the person's own words, when they chose to describe their gender themselves
 */
public record Equality(
        AgeBand ageBand,
        DisabilityAnswer disability,
        Ethnicity ethnicity,
        Gender gender,
        String genderDescription,
        SexualOrientation sexualOrientation,
        Religion religion,
        LearningDisability learningDisability) {

    public static final Equality NOT_ANSWERED = new Equality(null, null, null, null, null, null, null, null);

    public enum AgeBand { UNDER_18, FROM_18_TO_24, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55_TO_64, FROM_65_TO_74, FROM_75, DECLINED }

    public enum DisabilityAnswer { YES, NO, DECLINED }

    /** The high-level groups of the 2021 census in England and Wales. */
    public enum Ethnicity { ASIAN, BLACK, MIXED, WHITE, OTHER, DECLINED }

    public enum Gender { WOMAN, MAN, NON_BINARY, SELF_DESCRIBED, DECLINED }

    public enum SexualOrientation { STRAIGHT, GAY_OR_LESBIAN, BISEXUAL, OTHER, DECLINED }

    public enum Religion { NONE, CHRISTIAN, BUDDHIST, HINDU, JEWISH, MUSLIM, SIKH, OTHER, DECLINED }

    /** So that groups can see whether people with severe or profound learning disabilities are missing from them. */
    public enum LearningDisability { NO, MILD_OR_MODERATE, SEVERE_OR_PROFOUND, DECLINED }

    public boolean answeredAny() {
        return ageBand != null || disability != null || ethnicity != null || gender != null
                || sexualOrientation != null || religion != null || learningDisability != null;
    }
}
