package org.coproduce.stories;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.sessions.Sessions;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stories' part of someone's copy: the stories they told, with their recordings, every choice about who reads them,
 * and the meetings that heard them. A withdrawn story's words and recording are already erased: only that it was told
 * and withdrawn, and when, is left to give.
 */
@Component
class StoriesPersonalData implements PersonalData {

    /** A story of theirs, and the name of whoever wrote it down. */
    private record Told(Story story, String recordedByName) {
    }

    private final JdbcClient jdbc;
    private final StoryRepository repository;
    private final Stories stories;
    private final Sessions sessions;
    private final Labels labels;

    StoriesPersonalData(JdbcClient jdbc, StoryRepository repository, Stories stories, Sessions sessions, Labels labels) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.stories = stories;
        this.sessions = sessions;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        List<Told> told = told(organisationId, personId);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> meetings = new ArrayList<>();
        List<Attachment> recordings = new ArrayList<>();
        for (Told each : told) {
            Story story = stories.asSharedNow(organisationId, each.story());
            rows.add(row(name(story), story.words(), story.withdrawn() ? "Nobody: you withdrew it" : labels.of(story.scope()), story.signed(),
                    story.toldWithHelp() ? "Yes" : "No", story.recordedForThem() ? each.recordedByName() : "You",
                    Dates.dateTime(story.createdAt()), story.withdrawn() ? Dates.dateTime(story.withdrawnAt()) : "",
                    story.hasAudio() ? "Yes" : "No"));
            for (StoryRepository.Heard heard : repository.meetings(organisationId, story.id())) {
                sessions.find(organisationId, heard.sessionId())
                        .ifPresent(meeting -> meetings.add(row(name(story), meeting.title(), Dates.dateTime(meeting.startsAt()))));
            }
            if (story.hasAudio()) {
                repository.audio(organisationId, story.id()).ifPresent(audio -> recordings.add(
                        new Attachment("Recording of " + story.title() + extension(story.audioType()), story.audioType(), audio)));
            }
        }
        return new Part("Your stories",
                "The stories you told us in your own words, and who you chose can read them. We keep them for as long as you "
                        + "want them shared. When you withdraw a story we erase its words and recording at once, and keep only "
                        + "that it was told and withdrawn, and when.",
                List.of(new Table("Stories you told", List.of("Story", "Your words", "Who can read it", "Name shown with it",
                                "Told with help", "Written down by", "Told on", "Withdrawn on", "Recording"), rows),
                        new Table("Who could read them, and when that changed", List.of("Story", "What happened", "Who could read it",
                                "Done by", "When"), history(organisationId, personId, told)),
                        new Table("Meetings that heard them or will hear them", List.of("Story", "Meeting", "When"), meetings)),
                recordings);
    }

    private List<Told> told(long organisationId, long personId) {
        return jdbc.sql("""
                        select s.id, s.title, s.words, s.audio_type, s.scope, s.signed, s.told_with_help, s.created_at, s.updated_at,
                               s.withdrawn_at, s.recorded_by, coalesce(recorder.known_as, recorder.full_name) as recorded_by_name
                          from story s
                          left join person recorder on recorder.id = s.recorded_by and recorder.organisation_id = s.organisation_id
                         where s.organisation_id = :organisationId and s.person_id = :personId
                         order by s.created_at desc, s.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> new Told(new Story(rs.getLong("id"), personId, null, rs.getString("title"), rs.getString("words"),
                        rs.getString("audio_type"), StoryScope.valueOf(rs.getString("scope")), rs.getString("signed"),
                        rs.getBoolean("told_with_help"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        instant(rs.getTimestamp("withdrawn_at")), null, rs.getLong("recorded_by")), rs.getString("recorded_by_name")))
                .list();
    }

    private List<List<String>> history(long organisationId, long personId, List<Told> told) {
        return jdbc.sql("""
                        select e.story_id, e.what, e.scope, e.at, coalesce(p.known_as, p.full_name) as by_name
                          from story_event e
                          join story s on s.id = e.story_id and s.organisation_id = e.organisation_id
                          left join person p on p.id = e.by_person and p.organisation_id = e.organisation_id
                         where e.organisation_id = :organisationId and s.person_id = :personId
                         order by e.at, e.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, n) -> {
                    long storyId = rs.getLong("story_id");
                    String scope = rs.getString("scope");
                    return row(told.stream().filter(t -> t.story().id() == storyId).findFirst().map(t -> name(t.story())).orElse(""),
                            switch (rs.getString("what")) {
                                case "TOLD" -> "Told";
                                case "SCOPE_CHANGED" -> "Who can read it changed";
                                case "WITHDRAWN" -> "Withdrawn";
                                default -> "Put on a meeting's agenda";
                            },
                            scope == null ? "" : labels.of(StoryScope.valueOf(scope)), rs.getString("by_name"),
                            Dates.dateTime(rs.getTimestamp("at").toInstant()));
                })
                .list();
    }

    /** Its title, or, once withdrawn and erased, when it was told. */
    private static String name(Story story) {
        return story.title() != null ? story.title() : "A story you withdrew, told on " + Dates.date(story.createdAt());
    }

    private static String extension(String audioType) {
        return switch (audioType) {
            case "audio/mpeg" -> ".mp3";
            case "audio/mp4" -> ".m4a";
            case "audio/wav" -> ".wav";
            case "audio/ogg" -> ".ogg";
            case "audio/webm" -> ".webm";
            default -> "";
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
