package org.coproduce.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WhosWhoRepository {

    private final JdbcClient jdbc;

    WhosWhoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WhosWhoEntry> all(long organisationId) {
        return jdbc.sql("""
                        select person_id, shown_name, role_title, words, photo_type, show_photo, updated_at from whos_who_entry
                         where organisation_id = :organisationId
                         order by lower(shown_name), person_id""")
                .param("organisationId", organisationId)
                .query(WhosWhoEntry.class).list();
    }

    Optional<WhosWhoEntry> find(long organisationId, long personId) {
        return jdbc.sql("""
                        select person_id, shown_name, role_title, words, photo_type, show_photo, updated_at from whos_who_entry
                         where organisation_id = :organisationId and person_id = :personId""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(WhosWhoEntry.class).optional();
    }

    void save(long organisationId, long personId, String shownName, String roleTitle, String words, boolean showPhoto, long by) {
        jdbc.sql("""
                        insert into whos_who_entry (person_id, organisation_id, shown_name, role_title, words, show_photo, updated_by)
                        values (:personId, :organisationId, :shownName, :roleTitle, :words, :showPhoto, :by)
                        on conflict (person_id) do update
                           set shown_name = excluded.shown_name, role_title = excluded.role_title, words = excluded.words,
                               show_photo = excluded.show_photo, updated_at = now(), updated_by = excluded.updated_by
                         where whos_who_entry.organisation_id = excluded.organisation_id""")
                .param("personId", personId)
                .param("organisationId", organisationId)
                .param("shownName", shownName)
                .param("roleTitle", roleTitle)
                .param("words", words)
                .param("showPhoto", showPhoto)
                .param("by", by)
                .update();
    }

    /** A new photo, or none (then nothing is shown). */
    void savePhoto(long organisationId, long personId, String type, byte[] photo, boolean shown) {
        jdbc.sql("""
                        update whos_who_entry set photo = :photo, photo_type = :type, show_photo = :shown, updated_at = now()
                         where organisation_id = :organisationId and person_id = :personId""")
                .param("photo", photo)
                .param("type", type)
                .param("shown", shown && photo != null)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .update();
    }

    Optional<byte[]> photo(long organisationId, long personId) {
        return jdbc.sql("""
                        select photo from whos_who_entry
                         where organisation_id = :organisationId and person_id = :personId and photo is not null""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(byte[].class).optional();
    }

    void remove(long organisationId, long personId) {
        jdbc.sql("delete from whos_who_entry where organisation_id = :organisationId and person_id = :personId")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .update();
    }
}
