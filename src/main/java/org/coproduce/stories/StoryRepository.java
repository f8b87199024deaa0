package org.coproduce.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StoryRepository {

    private static final String SELECT = """
            select s.id, s.person_id, teller.full_name as teller_name, s.title, s.words, s.audio_type, s.scope, s.signed,
                   s.told_with_help, s.created_at, s.updated_at, s.withdrawn_at, withdrawer.full_name as withdrawn_by,
                   s.recorded_by
              from story s
              join person teller on teller.id = s.person_id and teller.organisation_id = s.organisation_id
              left join person withdrawer on withdrawer.id = s.withdrawn_by and withdrawer.organisation_id = s.organisation_id
            """;

    private static final String PUBLIC_NOW = """
            s.organisation_id = :organisationId and s.withdrawn_at is null and s.scope = 'PUBLIC'
              and (s.recorded_by = s.person_id or s.person_id = any(:stillAgreeing))
            """;

    /** A meeting that heard a story. */
    record Heard(long sessionId, Long agendaItemId) {
    }

    private final JdbcClient jdbc;

    StoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long organisationId, long personId, StoryForm form, AudioFile audio, long recordedBy) {
        return jdbc.sql("""
                        insert into story (organisation_id, person_id, title, words, audio, audio_type, scope, signed,
                                           told_with_help, recorded_by)
                        values (:organisationId, :personId, :title, :words, :audio, :audioType, :scope, :signed,
                                :toldWithHelp, :recordedBy)
                        returning id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("title", form.title())
                .param("words", form.words())
                .param("audio", audio == null ? null : audio.content())
                .param("audioType", audio == null ? null : audio.contentType())
                .param("scope", form.scope().name())
                .param("signed", form.signed())
                .param("toldWithHelp", Boolean.TRUE.equals(form.toldWithHelp()))
                .param("recordedBy", recordedBy)
                .query(Long.class).single();
    }

    Optional<Story> find(long organisationId, long storyId) {
        return jdbc.sql(SELECT + " where s.organisation_id = :organisationId and s.id = :storyId")
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .query(StoryRepository::story).optional();
    }

    /** Every story and withdrawal record, newest first: for coordinators. */
    List<Story> all(long organisationId) {
        return jdbc.sql(SELECT + " where s.organisation_id = :organisationId order by s.created_at desc, s.id desc")
                .param("organisationId", organisationId)
                .query(StoryRepository::story).list();
    }

    /** Stories not withdrawn whose scope is among those given, and the person's own (withdrawn ones too). */
    List<Story> readableBy(long organisationId, long personId, List<StoryScope> scopes) {
        return jdbc.sql(SELECT + """
                         where s.organisation_id = :organisationId
                           and (s.person_id = :personId or (s.withdrawn_at is null and s.scope in (:scopes)))
                         order by s.created_at desc, s.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("scopes", scopes.stream().map(Enum::name).toList())
                .query(StoryRepository::story).list();
    }

    /**
     * Stories shared with everyone, newest first. One recorded for someone by a coordinator counts only while its
     * teller still agrees to their story being shared.
     */
    List<Story> publicStories(long organisationId, Set<Long> stillAgreeing, int limit, int offset) {
        return jdbc.sql(SELECT + " where " + PUBLIC_NOW + """
                         order by s.created_at desc, s.id desc
                         limit :limit offset :offset""")
                .param("organisationId", organisationId)
                .param("stillAgreeing", stillAgreeing.toArray(Long[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query(StoryRepository::story).list();
    }

    int countPublic(long organisationId, Set<Long> stillAgreeing) {
        return jdbc.sql("select count(*) from story s where " + PUBLIC_NOW)
                .param("organisationId", organisationId)
                .param("stillAgreeing", stillAgreeing.toArray(Long[]::new))
                .query(Integer.class).single();
    }

    Optional<byte[]> audio(long organisationId, long storyId) {
        return jdbc.sql("select audio from story where organisation_id = :organisationId and id = :storyId and audio is not null")
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .query(byte[].class).optional();
    }

    boolean changeScope(long organisationId, long storyId, StoryScope scope) {
        return jdbc.sql("""
                        update story set scope = :scope, updated_at = now()
                         where organisation_id = :organisationId and id = :storyId and withdrawn_at is null""")
                .param("scope", scope.name())
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .update() == 1;
    }

    /** Erases the story's words and recording, keeping only that it was withdrawn, when and by whom. */
    boolean withdraw(long organisationId, long storyId, long by) {
        return jdbc.sql("""
                        update story
                           set title = null, words = null, audio = null, audio_type = null, signed = null,
                               withdrawn_at = now(), withdrawn_by = :by, updated_at = now()
                         where organisation_id = :organisationId and id = :storyId and withdrawn_at is null""")
                .param("by", by)
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .update() == 1;
    }

    void recordEvent(long organisationId, long storyId, String what, StoryScope scope, long by) {
        jdbc.sql("""
                        insert into story_event (story_id, organisation_id, what, scope, by_person)
                        values (:storyId, :organisationId, :what, :scope, :by)""")
                .param("storyId", storyId)
                .param("organisationId", organisationId)
                .param("what", what)
                .param("scope", scope == null ? null : scope.name())
                .param("by", by)
                .update();
    }

    boolean heardAt(long organisationId, long storyId, long sessionId) {
        return jdbc.sql("""
                        select exists (select 1 from story_meeting
                                        where organisation_id = :organisationId and story_id = :storyId and session_id = :sessionId)""")
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .param("sessionId", sessionId)
                .query(Boolean.class).single();
    }

    void addToMeeting(long organisationId, long storyId, long sessionId, long groupId, long agendaItemId, long by) {
        jdbc.sql("""
                        insert into story_meeting (story_id, organisation_id, session_id, group_id, agenda_item_id, added_by)
                        values (:storyId, :organisationId, :sessionId, :groupId, :agendaItemId, :by)
                        on conflict (story_id, session_id) do nothing""")
                .param("storyId", storyId)
                .param("organisationId", organisationId)
                .param("sessionId", sessionId)
                .param("groupId", groupId)
                .param("agendaItemId", agendaItemId)
                .param("by", by)
                .update();
    }

    List<Heard> meetings(long organisationId, long storyId) {
        return jdbc.sql("""
                        select session_id, agenda_item_id from story_meeting
                         where organisation_id = :organisationId and story_id = :storyId
                         order by added_at""")
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .query(Heard.class).list();
    }

    void takeOffMeeting(long organisationId, long storyId, long sessionId) {
        jdbc.sql("""
                        delete from story_meeting
                         where organisation_id = :organisationId and story_id = :storyId and session_id = :sessionId""")
                .param("organisationId", organisationId)
                .param("storyId", storyId)
                .param("sessionId", sessionId)
                .update();
    }

    /** The meetings of a group that had a story on their agenda. */
    List<Long> sessionsOfGroupWithStories(long organisationId, long groupId) {
        return jdbc.sql("""
                        select distinct session_id from story_meeting
                         where organisation_id = :organisationId and group_id = :groupId""")
                .param("organisationId", organisationId)
                .param("groupId", groupId)
                .query(Long.class).list();
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Story(rs.getLong("id"), rs.getLong("person_id"), rs.getString("teller_name"), rs.getString("title"),
                rs.getString("words"), rs.getString("audio_type"), StoryScope.valueOf(rs.getString("scope")),
                rs.getString("signed"), rs.getBoolean("told_with_help"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), withdrawn == null ? null : withdrawn.toInstant(),
                rs.getString("withdrawn_by"), rs.getLong("recorded_by"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
