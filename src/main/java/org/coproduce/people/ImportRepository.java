package org.coproduce.people;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded spreadsheets waiting for a coordinator to confirm them. */
@Repository
class ImportRepository {

    record Upload(long id, String fileName, String content, boolean confirmed) {
    }

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(long organisationId, long createdBy, String fileName, String content) {
        return jdbc.sql("""
                        insert into person_import (organisation_id, created_by_person_id, file_name, content)
                        values (:organisationId, :createdBy, :fileName, :content)
                        returning id""")
                .param("organisationId", organisationId)
                .param("createdBy", createdBy)
                .param("fileName", fileName)
                .param("content", content)
                .query(Long.class).single();
    }

    Optional<Upload> find(long organisationId, long id) {
        return jdbc.sql("""
                        select id, file_name, content, confirmed_at is not null as confirmed
                        from person_import where organisation_id = :organisationId and id = :id""")
                .param("organisationId", organisationId)
                .param("id", id)
                .query(Upload.class).optional();
    }

    /** Uploads nobody confirmed within a day hold people's details for no reason: they go. */
    int deleteUnconfirmedOlderThanADay() {
        return jdbc.sql("delete from person_import where confirmed_at is null and created_at < now() - interval '1 day'").update();
    }

    /**
     * Marks it confirmed and empties it (what it held is now in the register); false if it already was confirmed,
     * so that a double click cannot add everyone twice. Call {@link #find} first: the content goes here.
     */
    boolean confirm(long organisationId, long id) {
        return jdbc.sql("""
                        update person_import set confirmed_at = now(), content = ''
                        where organisation_id = :organisationId and id = :id and confirmed_at is null""")
                .param("organisationId", organisationId)
                .param("id", id)
                .update() == 1;
    }
}
