package org.coproduce.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubjectAccessRepository {

    private static final String SELECT = """
            select id, person_id, person_name, received_on, due_on, received_how, asked_by_name, status, made_at, copy_bytes,
                   failure, downloads, expires_at, given_on
              from subject_access_request
            """;

    /** A request claimed for making its copy, with what the copy needs. */
    record Claimed(long id, long organisationId, long personId, String personName) {
    }

    private final JdbcClient jdbc;

    SubjectAccessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long organisationId, long personId, String personName, LocalDate receivedOn, LocalDate dueOn,
            SubjectAccessRequest.ReceivedHow how, String askedBy) {
        return jdbc.sql("""
                        insert into subject_access_request (organisation_id, person_id, person_name, received_on, due_on,
                                                            received_how, asked_by_name)
                        values (:organisationId, :personId, :personName, :receivedOn, :dueOn, :how, :askedBy)
                        returning id
                        """)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("personName", personName)
                .param("receivedOn", receivedOn)
                .param("dueOn", dueOn)
                .param("how", how.name())
                .param("askedBy", askedBy)
                .query(Long.class).single();
    }

    /**
     * The oldest request waiting for its copy, locked for this transaction. Another server making copies at the same
     * time skips it and takes the next.
     */
    Optional<Claimed> claimWaiting() {
        return jdbc.sql("""
                        select id, organisation_id, person_id, person_name from subject_access_request
                         where status = 'WAITING'
                         order by id
                         limit 1
                         for update skip locked
                        """)
                .query((row, n) -> new Claimed(row.getLong("id"), row.getLong("organisation_id"), row.getLong("person_id"),
                        row.getString("person_name")))
                .optional();
    }

    void ready(long id, byte[] copy, Instant expiresAt) {
        jdbc.sql("""
                        update subject_access_request
                           set status = 'READY', copy = :copy, copy_bytes = :bytes, made_at = now(), expires_at = :expiresAt,
                               failure = null
                         where id = :id
                        """)
                .param("id", id).param("copy", copy).param("bytes", copy.length).param("expiresAt", utc(expiresAt))
                .update();
    }

    void failed(long id, String why) {
        jdbc.sql("update subject_access_request set status = 'FAILED', failure = :why where id = :id")
                .param("id", id).param("why", why).update();
    }

    void tryAgain(long organisationId, long id) {
        jdbc.sql("""
                        update subject_access_request set status = 'WAITING', failure = null
                         where organisation_id = :organisationId and id = :id and status = 'FAILED'
                        """)
                .param("organisationId", organisationId).param("id", id).update();
    }

    /** The copy, counted as downloaded once; empty when it has gone or has been downloaded too often. */
    Optional<byte[]> takeCopy(long organisationId, long id) {
        return jdbc.sql("""
                        update subject_access_request set downloads = downloads + 1
                         where organisation_id = :organisationId and id = :id and status = 'READY' and copy is not null
                           and downloads < :most and expires_at > now()
                        returning copy
                        """)
                .param("organisationId", organisationId).param("id", id).param("most", SubjectAccessRequest.MOST_DOWNLOADS)
                .query(byte[].class).optional();
    }

    void given(long organisationId, long id, LocalDate on) {
        jdbc.sql("update subject_access_request set given_on = :on where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId).param("id", id).param("on", on).update();
    }

    /** Copies past their time, or downloaded as often as allowed, are deleted; the record of the request stays. */
    int forgetOldCopies() {
        return jdbc.sql("""
                        update subject_access_request set copy = null
                         where copy is not null and (expires_at <= now() or downloads >= :most)
                        """)
                .param("most", SubjectAccessRequest.MOST_DOWNLOADS).update();
    }

    Optional<SubjectAccessRequest> find(long organisationId, long id) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and id = :id")
                .param("organisationId", organisationId).param("id", id)
                .query(SubjectAccessRepository::request).optional();
    }

    List<SubjectAccessRequest> all(long organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId order by given_on is not null, due_on, id")
                .param("organisationId", organisationId)
                .query(SubjectAccessRepository::request).list();
    }

    List<SubjectAccessRequest> of(long organisationId, long personId) {
        return jdbc.sql(SELECT + " where organisation_id = :organisationId and person_id = :personId order by id desc")
                .param("organisationId", organisationId).param("personId", personId)
                .query(SubjectAccessRepository::request).list();
    }

    /** The deadlines of requests whose copy has not reached the person yet. */
    List<LocalDate> openDueDates(long organisationId) {
        return jdbc.sql("select due_on from subject_access_request where organisation_id = :organisationId and given_on is null")
                .param("organisationId", organisationId).query(LocalDate.class).list();
    }

    private static SubjectAccessRequest request(ResultSet row, int number) throws SQLException {
        return new SubjectAccessRequest(row.getLong("id"), row.getLong("person_id"), row.getString("person_name"),
                row.getObject("received_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
                SubjectAccessRequest.ReceivedHow.valueOf(row.getString("received_how")), row.getString("asked_by_name"),
                SubjectAccessRequest.Status.valueOf(row.getString("status")), instant(row, "made_at"),
                row.getObject("copy_bytes", Integer.class), row.getString("failure"), row.getInt("downloads"),
                instant(row, "expires_at"), row.getObject("given_on", LocalDate.class));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
