package org.coproduce.privacy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coproduce.accounts.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where every module records who looked at special category data, and who changed people, consents, roles and money.
 * An entry is written in the same transaction as the change it records, so a change that is rolled back leaves no
 * entry, and one that is saved always has one.
 */
@Component
public class AuditLog {

    /** Whom an entry is about, with the name they had at the time. */
    public record Subject(long personId, String name) {
    }

    private final AuditRepository entries;

    AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    /**
     * Special category data about someone was shown to another person. People looking at their own are not recorded.
     *
     * @param where the page or file it was shown in, in words, such as "their profile"
     */
    public void viewed(CurrentUser by, Topic topic, Subject about, String where) {
        viewed(by, topic, List.of(about), where);
    }

    /** Special category data about several people was shown at once, as on a session's list of access needs. */
    public void viewed(CurrentUser by, Topic topic, Collection<Subject> about, String where) {
        List<Subject> others = about.stream().filter(subject -> !by.isPerson(subject.personId())).toList();
        if (!others.isEmpty()) {
            entries.add(by, AuditAction.VIEWED, topic, others, where, null, null, clientAddress());
        }
    }

    /** Data about several people left the system in a file. */
    public void exported(CurrentUser by, Topic topic, Collection<Subject> about, String what) {
        entries.add(by, AuditAction.EXPORTED, topic, List.copyOf(about), what, null, null, clientAddress());
    }

    public void added(CurrentUser by, Topic topic, Subject about, String what, Map<String, String> values) {
        entries.add(by, AuditAction.ADDED, topic, List.of(about), what, null, values, clientAddress());
    }

    public void removed(CurrentUser by, Topic topic, Subject about, String what, Map<String, String> values) {
        entries.add(by, AuditAction.REMOVED, topic, List.of(about), what, values, null, clientAddress());
    }

    /**
     * Something about a person changed, with the values before and after by name, in words a reader of the log
     * understands. Only what is different is kept; when nothing is, nothing is recorded.
     */
    public void changed(CurrentUser by, Topic topic, Subject about, String what, Map<String, String> before,
            Map<String, String> after) {
        changed(by, topic, List.of(about), what, before, after);
    }

    /**
     * A setting of the organisation changed that is about no one in particular, such as a rate card, with the values
     * before and after as for {@link #changed}.
     */
    public void changedSetting(CurrentUser by, Topic topic, String what, Map<String, String> before, Map<String, String> after) {
        changed(by, topic, List.of(), what, before, after);
    }

    private void changed(CurrentUser by, Topic topic, List<Subject> about, String what, Map<String, String> before,
            Map<String, String> after) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                was.put(name, value);
                now.put(name, after.get(name));
            }
        });
        after.forEach((name, value) -> {
            if (!before.containsKey(name) && value != null) {
                now.put(name, value);
            }
        });
        if (!now.isEmpty() || !was.isEmpty()) {
            entries.add(by, AuditAction.CHANGED, topic, about, what, was, now, clientAddress());
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
