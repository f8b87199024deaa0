package org.coproduce.projects;

/**
 * A rung of the ladder of participation, bottom to top, in the version Think Local Act Personal uses (after Arnstein,
 * 1969). The rungs group into doing to people, doing for them, and doing with them.
 */
public enum Rung {
    COERCION, EDUCATING, INFORMING, CONSULTATION, ENGAGEMENT, CO_DESIGN, CO_PRODUCTION;

    public enum Band { DOING_TO, DOING_FOR, DOING_WITH }

    /** The rungs as choices, top of the ladder first, the way people are asked to place something on it. */
    public static java.util.List<org.coproduce.web.Option> topFirst(org.coproduce.web.Labels labels) {
        var options = new java.util.ArrayList<>(labels.options(Rung.class));
        java.util.Collections.reverse(options);
        return options;
    }

    public Band band() {
        return switch (this) {
            case COERCION, EDUCATING -> Band.DOING_TO;
            case INFORMING, CONSULTATION, ENGAGEMENT -> Band.DOING_FOR;
            case CO_DESIGN, CO_PRODUCTION -> Band.DOING_WITH;
        };
    }
}
