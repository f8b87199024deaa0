package org.coproduce.privacy;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One entry in the audit log, as the page and the download show it.
 *
 * @param personName null when the entry is about no one, or about someone whose details were erased
 */
public record AuditEntry(long id, Instant happenedAt, String actorName, AuditAction action, Topic topic, Long personId,
        String personName, String detail, Map<String, String> before, Map<String, String> after, String clientAddress) {

    /** The names of the values that changed, in the order they were given. */
    public Set<String> changedNames() {
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        return names;
    }
}
