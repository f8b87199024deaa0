package org.coproduce.privacy;

import java.util.Map;
import java.util.Optional;

/** The register's names, for privacy's own pages: declared by the module that keeps the register. */
public interface PersonNames {

    Optional<String> of(long organisationId, long personId);

    /** Everyone in the register, archived or not, by id, in the order to list them. */
    Map<Long, String> everyone(long organisationId);
}
