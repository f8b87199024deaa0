package org.coproduce.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PublishingRepository {

    private static final String PAGE = "select id, kind, address, created_at, unpublished_at from public_page";

    private static final String SUMMARY = """
            select p.id, p.kind, p.address, p.unpublished_at,
                   coalesce(v.title, d.title) as title, coalesce(v.description, d.description) as description,
                   coalesce(v.version, 0) as version, v.published_at, coalesce(v.meeting_on, d.meeting_on) as meeting_on,
                   d.page_id is not null as draft_waiting
              from public_page p
              left join lateral (select * from public_page_version v
                                  where v.page_id = p.id order by v.version desc limit 1) v on true
              left join public_page_draft d on d.page_id = p.id
            """;

    private final JdbcClient jdbc;

    PublishingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long organisationId, PageKind kind, String address) {
        return jdbc.sql("""
                        insert into public_page (organisation_id, kind, address)
                        values (:organisationId, :kind, :address)
                        returning id""")
                .param("organisationId", organisationId)
                .param("kind", kind.name())
                .param("address", address)
                .query(Long.class).single();
    }

    boolean addressTaken(long organisationId, String address) {
        return jdbc.sql("select exists (select 1 from public_page where organisation_id = :organisationId and address = :address)")
                .param("organisationId", organisationId)
                .param("address", address)
                .query(Boolean.class).single();
    }

    Optional<PublicPage> find(long organisationId, long pageId) {
        return jdbc.sql(PAGE + " where organisation_id = :organisationId and id = :pageId")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query(PublicPage.class).optional();
    }

    Optional<PublicPage> findByAddress(long organisationId, String address) {
        return jdbc.sql(PAGE + " where organisation_id = :organisationId and address = :address")
                .param("organisationId", organisationId)
                .param("address", address)
                .query(PublicPage.class).optional();
    }

    Optional<PublicPage> findSingle(long organisationId, PageKind kind) {
        return jdbc.sql(PAGE + " where organisation_id = :organisationId and kind = :kind")
                .param("organisationId", organisationId)
                .param("kind", kind.name())
                .query(PublicPage.class).optional();
    }

    /** Every page, drafts included, for the coordinator: policy and plan first, then the newest. */
    List<PageSummary> all(long organisationId) {
        return jdbc.sql(SUMMARY + """
                         where p.organisation_id = :organisationId
                         order by p.kind in ('POLICY', 'PLAN') desc, p.kind, coalesce(v.published_at, d.saved_at) desc""")
                .param("organisationId", organisationId)
                .query(PublishingRepository::summary).list();
    }

    /**
     * Pages the public can read, of one kind, newest first (papers by the day of their meeting): only published words,
     * never a draft's.
     */
    List<PageSummary> live(long organisationId, PageKind kind, int limit, int offset) {
        return jdbc.sql("""
                        select p.id, p.kind, p.address, p.unpublished_at, v.title, v.description, v.version, v.published_at,
                               v.meeting_on, false as draft_waiting
                          from public_page p
                          join lateral (select * from public_page_version v
                                         where v.page_id = p.id order by v.version desc limit 1) v on true
                         where p.organisation_id = :organisationId and p.kind = :kind and p.unpublished_at is null
                         order by coalesce(v.meeting_on, (v.published_at at time zone 'Europe/London')::date) desc, p.id desc
                         limit :limit offset :offset""")
                .param("organisationId", organisationId)
                .param("kind", kind.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(PublishingRepository::summary).list();
    }

    int countLive(long organisationId, PageKind kind) {
        return jdbc.sql("""
                        select count(*) from public_page p
                         where p.organisation_id = :organisationId and p.kind = :kind and p.unpublished_at is null
                           and exists (select 1 from public_page_version v where v.page_id = p.id)""")
                .param("organisationId", organisationId)
                .param("kind", kind.name())
                .query(Integer.class).single();
    }

    /** Versions of a page, newest first. Published pages always have at least one. */
    List<PageVersion> versions(long organisationId, long pageId) {
        return jdbc.sql("""
                        select v.version, v.title, v.description, v.body, v.easy_read, v.agreed_on, v.agreed_by,
                               v.meeting_on, v.change_note, v.published_at, p.full_name as published_by
                          from public_page_version v
                          left join person p on p.id = v.published_by and p.organisation_id = v.organisation_id
                         where v.organisation_id = :organisationId and v.page_id = :pageId
                         order by v.version desc""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query((rs, n) -> new PageVersion(rs.getInt("version"), text(rs),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
                .list();
    }

    Optional<Draft> draft(long organisationId, long pageId) {
        return jdbc.sql("""
                        select d.title, d.description, d.body, d.easy_read, d.agreed_on, d.agreed_by, d.meeting_on,
                               d.change_note, d.saved_at, p.full_name as saved_by
                          from public_page_draft d
                          left join person p on p.id = d.saved_by and p.organisation_id = d.organisation_id
                         where d.organisation_id = :organisationId and d.page_id = :pageId""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query((rs, n) -> new Draft(text(rs), rs.getTimestamp("saved_at").toInstant(), rs.getString("saved_by")))
                .optional();
    }

    void saveDraft(long organisationId, long pageId, PageText text, long personId) {
        jdbc.sql("""
                        insert into public_page_draft (page_id, organisation_id, title, description, body, easy_read,
                                                       agreed_on, agreed_by, meeting_on, change_note, saved_by)
                        values (:pageId, :organisationId, :title, :description, :body, :easyRead,
                                :agreedOn, :agreedBy, :meetingOn, :changeNote, :personId)
                        on conflict (page_id) do update
                           set title = excluded.title, description = excluded.description, body = excluded.body,
                               easy_read = excluded.easy_read, agreed_on = excluded.agreed_on,
                               agreed_by = excluded.agreed_by, meeting_on = excluded.meeting_on,
                               change_note = excluded.change_note, saved_at = now(), saved_by = excluded.saved_by""")
                .param("pageId", pageId)
                .param("organisationId", organisationId)
                .param("title", text.title())
                .param("description", text.description())
                .param("body", text.body())
                .param("easyRead", text.easyRead())
                .param("agreedOn", text.agreedOn())
                .param("agreedBy", text.agreedBy())
                .param("meetingOn", text.meetingOn())
                .param("changeNote", text.changeNote())
                .param("personId", personId)
                .update();
    }

    /**
     * Makes the draft the newest version and brings the page back if it had been taken down. Locks the page so that
     * two people pressing publish at once make two versions in turn, never the same number twice.
     *
     * @return the new version's number, or empty when there was no draft to publish
     */
    Optional<Integer> publishDraft(long organisationId, long pageId, long personId) {
        return publishDraft(organisationId, pageId, personId, null);
    }

    /**
     * @param savedAt when the draft the coordinator previewed was saved, in milliseconds; a draft saved since then is not
     *                published. Null to publish whatever the draft is.
     */
    Optional<Integer> publishDraft(long organisationId, long pageId, long personId, Long savedAt) {
        jdbc.sql("select id from public_page where organisation_id = :organisationId and id = :pageId for update")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query(Long.class).optional();
        Optional<Integer> version = jdbc.sql("""
                        insert into public_page_version (page_id, organisation_id, version, title, description, body,
                                                         easy_read, agreed_on, agreed_by, meeting_on, change_note, published_by)
                        select d.page_id, d.organisation_id,
                               coalesce((select max(version) from public_page_version where page_id = d.page_id), 0) + 1,
                               d.title, d.description, d.body, d.easy_read, d.agreed_on, d.agreed_by, d.meeting_on,
                               d.change_note, :personId
                          from public_page_draft d
                         where d.organisation_id = :organisationId and d.page_id = :pageId
                           and (cast(:savedAt as bigint) is null or floor(extract(epoch from d.saved_at) * 1000) = :savedAt)
                        returning version""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .param("personId", personId)
                .param("savedAt", savedAt)
                .query(Integer.class).optional();
        if (version.isPresent()) {
            jdbc.sql("delete from public_page_draft where organisation_id = :organisationId and page_id = :pageId")
                    .param("organisationId", organisationId)
                    .param("pageId", pageId)
                    .update();
            setUnpublishedAt(organisationId, pageId, null);
        }
        return version;
    }

    boolean everPublished(long organisationId, long pageId) {
        return jdbc.sql("""
                        select exists (select 1 from public_page_version
                                        where organisation_id = :organisationId and page_id = :pageId)""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query(Boolean.class).single();
    }

    void backdate(long organisationId, long pageId, int version, Instant publishedAt) {
        jdbc.sql("""
                        update public_page_version set published_at = :publishedAt
                         where organisation_id = :organisationId and page_id = :pageId and version = :version""")
                .param("publishedAt", Timestamp.from(publishedAt))
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .param("version", version)
                .update();
    }

    void backdateFile(long organisationId, long fileId, Instant addedAt) {
        jdbc.sql("update public_page_file set added_at = :addedAt where organisation_id = :organisationId and id = :fileId")
                .param("addedAt", Timestamp.from(addedAt))
                .param("organisationId", organisationId)
                .param("fileId", fileId)
                .update();
    }

    void unpublish(long organisationId, long pageId) {
        setUnpublishedAt(organisationId, pageId, Instant.now());
    }

    private void setUnpublishedAt(long organisationId, long pageId, Instant when) {
        jdbc.sql("update public_page set unpublished_at = :when where organisation_id = :organisationId and id = :pageId")
                .param("when", when == null ? null : Timestamp.from(when))
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .update();
    }

    void discardDraft(long organisationId, long pageId) {
        jdbc.sql("delete from public_page_draft where organisation_id = :organisationId and page_id = :pageId")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .update();
    }

    /** Deletes a page that was never published: nothing about it was ever public. */
    boolean deleteNeverPublished(long organisationId, long pageId) {
        if (everPublished(organisationId, pageId)) {
            return false;
        }
        discardDraft(organisationId, pageId);
        jdbc.sql("delete from public_page_file where organisation_id = :organisationId and page_id = :pageId")
                .param("organisationId", organisationId).param("pageId", pageId).update();
        return jdbc.sql("delete from public_page where organisation_id = :organisationId and id = :pageId")
                .param("organisationId", organisationId).param("pageId", pageId).update() == 1;
    }

    long addFile(long organisationId, long pageId, String fileName, String contentType, byte[] content) {
        return jdbc.sql("""
                        insert into public_page_file (page_id, organisation_id, file_name, content_type, content)
                        values (:pageId, :organisationId, :fileName, :contentType, :content)
                        returning id""")
                .param("pageId", pageId)
                .param("organisationId", organisationId)
                .param("fileName", fileName)
                .param("contentType", contentType)
                .param("content", content)
                .query(Long.class).single();
    }

    void removeFile(long organisationId, long pageId, long fileId) {
        jdbc.sql("""
                        update public_page_file set removed_at = now()
                         where organisation_id = :organisationId and page_id = :pageId and id = :fileId and removed_at is null""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .param("fileId", fileId)
                .update();
    }

    /** Files not taken away, for the coordinator, including those that wait for the next publishing. */
    List<PageFile> files(long organisationId, long pageId) {
        return jdbc.sql("""
                        select id, file_name, content_type, octet_length(content) as size, added_at from public_page_file
                         where organisation_id = :organisationId and page_id = :pageId and removed_at is null
                         order by added_at, id""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query(PageFile.class).list();
    }

    /** Files the public can download: added before the page was last published, and not taken away. */
    List<PageFile> publishedFiles(long organisationId, long pageId) {
        return jdbc.sql("""
                        select f.id, f.file_name, f.content_type, octet_length(f.content) as size, f.added_at
                          from public_page_file f
                         where f.organisation_id = :organisationId and f.page_id = :pageId and f.removed_at is null
                           and f.added_at <= (select max(published_at) from public_page_version v where v.page_id = f.page_id)
                         order by f.added_at, f.id""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .query(PageFile.class).list();
    }

    Optional<byte[]> fileContent(long organisationId, long pageId, long fileId) {
        return jdbc.sql("""
                        select content from public_page_file
                         where organisation_id = :organisationId and page_id = :pageId and id = :fileId and removed_at is null""")
                .param("organisationId", organisationId)
                .param("pageId", pageId)
                .param("fileId", fileId)
                .query(byte[].class).optional();
    }

    private static PageText text(ResultSet rs) throws SQLException {
        return new PageText(rs.getString("title"), rs.getString("description"), rs.getString("body"),
                rs.getString("easy_read"), rs.getObject("agreed_on", LocalDate.class), rs.getString("agreed_by"),
                rs.getObject("meeting_on", LocalDate.class), rs.getString("change_note"));
    }

    private static PageSummary summary(ResultSet rs, int n) throws SQLException {
        var published = rs.getTimestamp("published_at");
        return new PageSummary(rs.getLong("id"), PageKind.valueOf(rs.getString("kind")), rs.getString("address"),
                rs.getString("title"), rs.getString("description"), rs.getInt("version"),
                published == null ? null : published.toInstant(), rs.getObject("meeting_on", LocalDate.class),
                rs.getTimestamp("unpublished_at") == null && rs.getInt("version") > 0, rs.getBoolean("draft_waiting"));
    }
}
