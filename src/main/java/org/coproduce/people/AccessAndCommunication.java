package org.coproduce.people;

import java.util.Set;

/**
 * What a person needs to take part, and the formats they want papers in.
 * Special category data (health): only coordinators and the person themselves see it.
 */
public record AccessAndCommunication(Set<AccessNeed> needs, String otherNeeds, Set<CommunicationFormat> formats) {

    public AccessAndCommunication {
        needs = EnumSets.copy(AccessNeed.class, needs);
        formats = EnumSets.copy(CommunicationFormat.class, formats);
    }

    public boolean isEmpty() {
        return needs.isEmpty() && (otherNeeds == null || otherNeeds.isBlank()) && formats.isEmpty();
    }
}
