package org.coproduce.people;

import java.util.List;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.privacy.AuditLog;
import org.coproduce.privacy.Topic;
import org.springframework.stereotype.Component;

/** Records in the audit log each time someone's special category data is shown to another person. */
@Component
class SensitiveViews {

    private final AuditLog audit;

    SensitiveViews(AuditLog audit) {
        this.audit = audit;
    }

    /** Only what the profile really showed: a section with nothing recorded told nobody anything. */
    void profile(CurrentUser by, Person person, AccessAndCommunication needs, Equality equality, Benefits benefits) {
        if (!needs.isEmpty()) {
            viewed(by, Topic.ACCESS_NEEDS, person, "On their profile");
        }
        if (equality.answeredAny()) {
            viewed(by, Topic.EQUALITY, person, "On their profile");
        }
        if (!benefits.equals(Benefits.NOT_ANSWERED)) {
            viewed(by, Topic.BENEFITS, person, "On their profile");
        }
    }

    /** A search by access need tells the need of each person it lists. */
    void searchedByNeed(CurrentUser by, List<Person> listed, String need) {
        audit.viewed(by, Topic.ACCESS_NEEDS, listed.stream().map(AuditedValues::subject).toList(),
                "In the people search, as needing: " + need);
    }

    /** The register's spreadsheet has a column of access needs for everyone in it. */
    void exported(CurrentUser by, List<Person> everyone) {
        audit.exported(by, Topic.ACCESS_NEEDS, everyone.stream().map(AuditedValues::subject).toList(),
                "The register, as a spreadsheet");
    }

    void viewed(CurrentUser by, Topic topic, Person person, String where) {
        audit.viewed(by, topic, AuditedValues.subject(person), where);
    }
}
