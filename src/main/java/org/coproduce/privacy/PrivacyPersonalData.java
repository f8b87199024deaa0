package org.coproduce.privacy;

import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.stereotype.Component;

/** What the privacy module itself holds about a person: who looked at or changed their details, and their requests. */
@Component
class PrivacyPersonalData implements PersonalData {

    private final AuditRepository audit;
    private final SubjectAccessRepository requests;
    private final Labels labels;

    PrivacyPersonalData(AuditRepository audit, SubjectAccessRepository requests, Labels labels) {
        this.audit = audit;
        this.requests = requests;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        AuditSearch theirs = new AuditSearch(personId, null, null, null, null, null);
        List<List<String>> entries = audit.find(organisationId, theirs, Integer.MAX_VALUE, 0).stream()
                .map(entry -> List.of(Dates.dateTime(entry.happenedAt()), entry.actorName(),
                        labels.of(entry.action()) + ": " + labels.of(entry.topic()), entry.detail()))
                .toList();
        List<List<String>> asked = requests.of(organisationId, personId).stream()
                .map(request -> List.of(Dates.date(request.receivedOn()), labels.of(request.receivedHow()),
                        request.givenOn() == null ? "" : Dates.date(request.givenOn())))
                .toList();
        return Part.of("Who has looked at or changed your information",
                "We keep a record of who looked at your private details, such as your access needs, and who changed your details. "
                        + "Nobody can change this record.",
                new Table("The record", List.of("When", "Who", "What they did", "Details"), entries),
                new Table("Your requests for a copy", List.of("Asked for on", "How", "Given to you on"), asked));
    }
}
