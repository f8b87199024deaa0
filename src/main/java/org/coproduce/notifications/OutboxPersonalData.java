package org.coproduce.notifications;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The emails we sent a person or hold to send them, for their copy: when, what kind, the subject and where each has
 * got to. What an email said is kept only until it is sent, so it is here only for those still waiting or failed,
 * with their files. Other people's emails never are, even when the person is named in them.
 */
@Component
class OutboxPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    OutboxPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<List<String>> emails = new ArrayList<>();
        List<Long> unsent = new ArrayList<>();
        jdbc.sql("select id, kind, recipient, subject, body, status, created_at, sent_at from outbox_message where "
                        + OutboxForgetting.THEIRS + " order by created_at, id")
                .param("organisationId", organisationId).param("personId", personId)
                .query((rs, row) -> {
                    String status = rs.getString("status");
                    if (!"SENT".equals(status)) {
                        unsent.add(rs.getLong("id"));
                    }
                    emails.add(java.util.Arrays.asList(dateTime(rs.getTimestamp("created_at")), EmailKind.valueOf(rs.getString("kind")).words(),
                            rs.getString("recipient"), rs.getString("subject"), words(status), dateTime(rs.getTimestamp("sent_at")),
                            rs.getString("body")));
                    return null;
                }).list();
        List<Attachment> files = unsent.isEmpty() ? List.of() : jdbc.sql("""
                        select filename, content_type, content from outbox_attachment where message_id in (:ids) order by message_id, id""")
                .param("ids", unsent)
                .query((rs, row) -> new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
        return new Part("Emails we sent you",
                "Every email Coproduce sends you waits in our outbox until the mail server takes it. We keep when it was written, "
                        + "what it was for, its subject and whether it was sent, so that we can check an email reached you. What an "
                        + "email said is deleted as soon as it is sent, and the rest once it is older than we keep sent emails.",
                List.of(new Table("Emails", List.of("Written", "What it was", "Sent to", "Subject", "Where it has got to", "Sent",
                        "What it says, until it is sent"), emails)),
                files);
    }

    private static String words(String status) {
        return switch (status) {
            case "WAITING" -> "Waiting to be sent";
            case "FAILED" -> "Could not be sent";
            default -> "Sent";
        };
    }

    private static String dateTime(Timestamp at) {
        return at == null ? "" : Dates.dateTime(at.toInstant());
    }
}
