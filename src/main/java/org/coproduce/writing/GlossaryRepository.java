package org.coproduce.writing;

import java.util.List;
import java.util.Optional;
import org.coproduce.plainenglish.GlossaryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's own jargon buster entries. */
@Repository
class GlossaryRepository {

    private final JdbcClient jdbc;

    GlossaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GlossaryEntry> all(long organisationId) {
        return jdbc.sql("select term, meaning, plainer from glossary_entry where organisation_id = :organisationId order by lower(term)")
                .param("organisationId", organisationId)
                .query(GlossaryEntry.class).list();
    }

    Optional<GlossaryEntry> find(long organisationId, String term) {
        return jdbc.sql("select term, meaning, plainer from glossary_entry where organisation_id = :organisationId and lower(term) = lower(:term)")
                .param("organisationId", organisationId)
                .param("term", term)
                .query(GlossaryEntry.class).optional();
    }

    /** Adds the entry, or changes the one with the same term (whatever its case). */
    void save(long organisationId, GlossaryEntry entry) {
        jdbc.sql("""
                        insert into glossary_entry (organisation_id, term, meaning, plainer)
                        values (:organisationId, :term, :meaning, :plainer)
                        on conflict (organisation_id, lower(term)) do update set
                            term = excluded.term, meaning = excluded.meaning, plainer = excluded.plainer, updated_at = now()""")
                .param("organisationId", organisationId)
                .param("term", entry.term())
                .param("meaning", entry.meaning())
                .param("plainer", entry.plainer())
                .update();
    }

    boolean remove(long organisationId, String term) {
        return jdbc.sql("delete from glossary_entry where organisation_id = :organisationId and lower(term) = lower(:term)")
                .param("organisationId", organisationId)
                .param("term", term)
                .update() == 1;
    }
}
