package org.coproduce.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every query names the organisation, taken from the signed-in person or from the public page's address. */
@Repository
class FeedbackRepository {

    static final int DEFAULT_PROMISE = 20;
    private static final String COLUMNS = """
            id, reference, about, body, name, email, phone, postal_address, reply_by, may_publish, status, received_at,
            due_on, looked_at, responded_at, response, public_text, public_response, published_at""";

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int promise(long organisationId) {
        return jdbc.sql("select promise_working_days from feedback_setting where organisation_id = :organisationId")
                .param("organisationId", organisationId)
                .query(Integer.class).optional().orElse(DEFAULT_PROMISE);
    }

    void setPromise(long organisationId, int workingDays, long personId) {
        jdbc.sql("""
                        insert into feedback_setting (organisation_id, promise_working_days, updated_by_person_id)
                        values (:organisationId, :days, :personId)
                        on conflict (organisation_id) do update
                        set promise_working_days = :days, updated_by_person_id = :personId, updated_at = now()""")
                .param("organisationId", organisationId)
                .param("days", workingDays)
                .param("personId", personId)
                .update();
    }

    /** Stores new feedback with the next reference, FB-1001 onwards in each organisation. */
    Feedback add(long organisationId, FeedbackForm form, Instant receivedAt, LocalDate dueOn) {
        for (int attempt = 0; ; attempt++) {
            // Two pieces arriving at once may pick the same reference: the second then tries the next one.
            Optional<Long> id = jdbc.sql("""
                            insert into feedback (organisation_id, reference, about, body, name, email, phone, postal_address,
                                                  reply_by, may_publish, received_at, due_on)
                            values (:organisationId,
                                    'FB-' || (select coalesce(max(cast(substring(reference from 4) as int)), 1000) + 1
                                              from feedback where organisation_id = :organisationId),
                                    :about, :body, :name, :email, :phone, :postalAddress, :replyBy, :mayPublish, :receivedAt, :dueOn)
                            on conflict (organisation_id, reference) do nothing
                            returning id""")
                    .param("organisationId", organisationId)
                    .param("about", form.about())
                    .param("body", form.body())
                    .param("name", form.name())
                    .param("email", form.email())
                    .param("phone", form.phone())
                    .param("postalAddress", form.postalAddress())
                    .param("replyBy", form.reply().name())
                    .param("mayPublish", form.publishAllowed())
                    .param("receivedAt", Timestamp.from(receivedAt))
                    .param("dueOn", dueOn)
                    .query(Long.class).optional();
            if (id.isPresent()) {
                return find(organisationId, id.get()).orElseThrow();
            }
            if (attempt > 20) {
                throw new IllegalStateException("Could not find a free feedback reference");
            }
        }
    }

    Optional<Feedback> find(long organisationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from feedback where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(FeedbackRepository::feedback).optional();
    }

    /** Pieces that gave this email address to reply to, whatever its capitals, the newest first. */
    List<Feedback> fromEmail(long organisationId, String email) {
        return jdbc.sql("select " + COLUMNS + """
                         from feedback
                        where organisation_id = :organisationId and lower(trim(email)) = lower(trim(:email))
                        order by received_at desc, id desc""")
                .param("organisationId", organisationId)
                .param("email", email)
                .query(FeedbackRepository::feedback).list();
    }

    /** Waiting pieces first, the soonest due at the top; then answered ones, the newest first. */
    List<Feedback> list(long organisationId, FeedbackStatus status) {
        return jdbc.sql("select " + COLUMNS + """
                         from feedback
                        where organisation_id = :organisationId and (cast(:status as text) is null or status = :status)
                        order by status = 'RESPONDED', case when status = 'RESPONDED' then null else due_on end,
                                 responded_at desc, id desc""")
                .param("organisationId", organisationId)
                .param("status", status == null ? null : status.name())
                .query(FeedbackRepository::feedback).list();
    }

    /** When each piece not yet answered is due. */
    List<LocalDate> waitingDueDates(long organisationId) {
        return jdbc.sql("select due_on from feedback where organisation_id = :organisationId and status <> 'RESPONDED'")
                .param("organisationId", organisationId)
                .query(LocalDate.class).list();
    }

    boolean markLooking(long organisationId, long id, Instant at) {
        return jdbc.sql("""
                        update feedback set status = 'LOOKING', looked_at = :at
                        where organisation_id = :organisationId and id = :id and status = 'RECEIVED'""")
                .param("organisationId", organisationId)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    boolean respond(long organisationId, long id, String response, long personId, Instant at) {
        return jdbc.sql("""
                        update feedback set status = 'RESPONDED', response = :response, responded_by_person_id = :personId,
                               responded_at = :at, looked_at = coalesce(looked_at, :at)
                        where organisation_id = :organisationId and id = :id and status <> 'RESPONDED'""")
                .param("organisationId", organisationId)
                .param("id", id)
                .param("response", response)
                .param("personId", personId)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    void publish(long organisationId, long id, String publicText, String publicResponse, Instant at) {
        jdbc.sql("""
                        update feedback set public_text = :publicText, public_response = :publicResponse,
                                            published_at = coalesce(published_at, :at)
                        where organisation_id = :organisationId and id = :id and may_publish and status = 'RESPONDED'""")
                .param("organisationId", organisationId)
                .param("id", id)
                .param("publicText", publicText)
                .param("publicResponse", publicResponse)
                .param("at", Timestamp.from(at))
                .update();
    }

    void unpublish(long organisationId, long id) {
        jdbc.sql("update feedback set published_at = null where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId)
                .param("id", id)
                .update();
    }

    void record(long organisationId, long feedbackId, String what, Long personId, Instant at) {
        jdbc.sql("""
                        insert into feedback_event (organisation_id, feedback_id, what, at, by_person_id)
                        values (:organisationId, :feedbackId, :what, :at, :personId)""")
                .param("organisationId", organisationId)
                .param("feedbackId", feedbackId)
                .param("what", what)
                .param("at", Timestamp.from(at))
                .param("personId", personId)
                .update();
    }

    List<FeedbackEvent> history(long organisationId, long feedbackId) {
        return jdbc.sql("""
                        select e.what, e.at, coalesce(p.known_as, p.full_name) as by_name
                        from feedback_event e
                        left join person p on p.id = e.by_person_id and p.organisation_id = e.organisation_id
                        where e.organisation_id = :organisationId and e.feedback_id = :feedbackId
                        order by e.at, e.id""")
                .param("organisationId", organisationId)
                .param("feedbackId", feedbackId)
                .query((rs, row) -> new FeedbackEvent(rs.getString("what"), rs.getTimestamp("at").toInstant(),
                        rs.getString("by_name")))
                .list();
    }

    /** Published pieces, the most recently answered first. */
    List<Feedback> published(long organisationId, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from feedback
                        where organisation_id = :organisationId and published_at is not null
                        order by responded_at desc, id desc
                        offset :offset limit :limit""")
                .param("organisationId", organisationId)
                .param("offset", offset)
                .param("limit", limit)
                .query(FeedbackRepository::feedback).list();
    }

    int publishedCount(long organisationId) {
        return jdbc.sql("select count(*) from feedback where organisation_id = :organisationId and published_at is not null")
                .param("organisationId", organisationId)
                .query(Integer.class).single();
    }

    /** When each piece received since a time arrived, and was answered (or null). */
    List<Answer> receivedSince(long organisationId, Instant since) {
        return jdbc.sql("""
                        select received_at, responded_at from feedback
                        where organisation_id = :organisationId and received_at >= :since""")
                .param("organisationId", organisationId)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new Answer(instant(rs, "received_at"), instant(rs, "responded_at")))
                .list();
    }

    /** @param respondedAt null while not answered */
    record Answer(Instant receivedAt, Instant respondedAt) {
    }

    private static Feedback feedback(ResultSet rs, int row) throws SQLException {
        return new Feedback(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("about"),
                rs.getString("body"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("postal_address"),
                ReplyBy.valueOf(rs.getString("reply_by")),
                rs.getBoolean("may_publish"),
                FeedbackStatus.valueOf(rs.getString("status")),
                instant(rs, "received_at"),
                rs.getObject("due_on", LocalDate.class),
                instant(rs, "looked_at"),
                instant(rs, "responded_at"),
                rs.getString("response"),
                rs.getString("public_text"),
                rs.getString("public_response"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
