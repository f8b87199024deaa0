package org.coproduce.projects;

/** The parts of preparing a piece of co-production work, in the order the getting-started guide takes them. */
public enum PreparationSection {
    INTENTION, PURPOSE, VALUE, LANGUAGE, ACCESSIBILITY, TIME, RELATIONSHIPS;

    /** The address of the section's page, for example "intention". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PreparationSection fromSlug(String slug) {
        for (PreparationSection section : values()) {
            if (section.slug().equals(slug)) {
                return section;
            }
        }
        return null;
    }
}
