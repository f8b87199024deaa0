package org.coproduce.assessment;

import java.time.Instant;

/**
 * A version of a framework as kept: its text, from which everything else is read.
 *
 * @param organisationId null for a built-in framework
 */
public record StoredFramework(long frameworkId, long versionId, int version, int versions, String name, String source,
        Long organisationId, Instant createdAt) {

    public boolean builtIn() {
        return organisationId == null;
    }
}
