package org.coproduce.privacy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.CsvWriter;
import org.coproduce.web.DateField;
import org.coproduce.web.FileResponse;
import org.coproduce.web.FormErrors;
import org.coproduce.web.Labels;
import org.coproduce.web.Paging;
import org.coproduce.web.Urls;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for coordinators: found by whom it is about, who did it, what it was about and when, and downloaded. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditLogController {

    static final int PAGE_SIZE = 50;
    static final List<String> CSV_COLUMNS = List.of("when", "who", "did", "topic", "about", "detail", "before", "after", "from_address");

    private final AuditRepository entries;
    private final AuditLog log;
    private final Labels labels;

    AuditLogController(AuditRepository entries, AuditLog log, Labels labels) {
        this.entries = entries;
        this.log = log;
        this.labels = labels;
    }

    @GetMapping("/privacy/audit-log")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> query,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Asked asked = asked(query);
        int total = asked.errors().any() ? 0 : entries.count(user.organisationId(), asked.search());
        Paging paging = Paging.clamped(page, PAGE_SIZE, total, "/privacy/audit-log");
        paging = new Paging(paging.page(), PAGE_SIZE, total, paging.path(), asked.queryString());
        model.addAttribute("entries", asked.errors().any() ? List.of()
                : entries.find(user.organisationId(), asked.search(), PAGE_SIZE, paging.offset()));
        model.addAttribute("search", asked.search());
        model.addAttribute("from", asked.from());
        model.addAttribute("to", asked.to());
        model.addAttribute("errors", asked.errors());
        model.addAttribute("paging", paging);
        model.addAttribute("topicOptions", labels.options(Topic.class));
        model.addAttribute("download", "/privacy/audit-log.csv" + asked.queryString().replaceFirst("^&", "?"));
        return "privacy/auditLog";
    }

    @GetMapping("/privacy/audit-log.csv")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> query) {
        Asked asked = asked(query);
        AuditSearch search = asked.errors().any() ? AuditSearch.everything() : asked.search();
        StringWriter out = new StringWriter();
        try (CsvWriter csv = new CsvWriter(out, CSV_COLUMNS)) {
            for (AuditEntry entry : entries.find(user.organisationId(), search, Integer.MAX_VALUE, 0)) {
                csv.row(entry.happenedAt().toString(), entry.actorName(), entry.action().name(), entry.topic().name(),
                        entry.personName(), entry.detail(), words(entry.before()), words(entry.after()), entry.clientAddress());
            }
        }
        log.exported(user, Topic.AUDIT_LOG, List.of(), "The audit log, as a spreadsheet");
        return FileResponse.download("audit-log.csv", "text/csv; charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8),
                "no-store");
    }

    private static String words(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** The search as typed, with the dates checked and the query kept for the page links and the download. */
    private record Asked(AuditSearch search, DateField from, DateField to, FormErrors errors, String queryString) {
    }

    private Asked asked(Map<String, String> query) {
        DateField from = DateField.parse(query.get("fromDay"), query.get("fromMonth"), query.get("fromYear"), "the first day");
        DateField to = DateField.parse(query.get("toDay"), query.get("toMonth"), query.get("toYear"), "the last day");
        List<FormErrors.Error> problems = new ArrayList<>();
        if (from.error() != null) {
            problems.add(new FormErrors.Error("from", from.error()));
        }
        if (to.error() != null) {
            problems.add(new FormErrors.Error("to", to.error()));
        }
        if (from.date() != null && to.date() != null && to.date().isBefore(from.date())) {
            problems.add(new FormErrors.Error("to", "The last day must be the same as or after the first day"));
        }
        AuditSearch search = new AuditSearch(Typed.number(query.get("personId")), query.get("person"), query.get("by"),
                topic(query.get("topic")), from.date(), to.date());
        StringBuilder kept = new StringBuilder();
        for (String name : List.of("personId", "person", "by", "topic", "fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear")) {
            String value = query.get(name);
            if (value != null && !value.isBlank()) {
                kept.append('&').append(name).append('=').append(Urls.encoded(value));
            }
        }
        return new Asked(search, from, to, FormErrors.of(problems), kept.toString());
    }


    private static Topic topic(String name) {
        for (Topic topic : Topic.values()) {
            if (topic.name().equals(name)) {
                return topic;
            }
        }
        return null;
    }
}
