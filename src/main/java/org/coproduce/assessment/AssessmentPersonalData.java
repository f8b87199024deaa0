package org.coproduce.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.personaldata.PersonalData;
import org.coproduce.web.Dates;
import org.coproduce.web.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Self-assessment's part of someone's copy of their information: their ratings and comments in each round, the
 * evidence files they gave, the ratings they agreed with others, and the actions they took on.
 */
@Component
class AssessmentPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final RoundRepository rounds;
    private final Rounds frameworks;
    private final Labels labels;

    AssessmentPersonalData(JdbcClient jdbc, RoundRepository rounds, Rounds frameworks, Labels labels) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.labels = labels;
    }

    @Override
    public Part about(long organisationId, long personId) {
        Indicators indicators = new Indicators(organisationId);
        List<List<String>> ratings = new ArrayList<>();
        for (Round round : rounds.roundsOf(organisationId, personId)) {
            Rater rater = rounds.rater(organisationId, round.id(), personId).orElseThrow();
            Map<String, GivenRating> given = rounds.ratingsOf(organisationId, round.id(), personId);
            for (Framework.Indicator indicator : indicators.of(round.id())) {
                GivenRating rating = given.get(indicator.code());
                if (rating != null) {
                    ratings.add(Arrays.asList(round.title(), indicators.name(round.id(), indicator.code()), labels.of(rating.rating()),
                            rating.comment(), rating.evidence(), rater.nameShown() ? "Yes" : "No",
                            rater.submitted() ? Dates.date(rater.submittedAt()) : "Not sent yet"));
                }
            }
        }
        List<List<String>> files = new ArrayList<>();
        List<Attachment> attachments = new ArrayList<>();
        evidence(organisationId, personId).forEach(file -> {
            files.add(List.of(file.roundTitle(), indicators.name(file.roundId(), file.code()), file.fileName(), Dates.date(file.givenAt())));
            attachments.add(new Attachment(file.fileName(), file.contentType(), file.content()));
        });
        return new Part("Your self-assessment ratings",
                "How you rated each part of how well we work together, in each round you were asked to, with your comments and "
                        + "evidence, and whether you chose to show your name with them. We keep this to see where people with lived "
                        + "experience and staff see things differently, and how things change over time.",
                List.of(new Table("Your ratings", List.of("Round", "What you rated", "Your rating", "Your comment", "Evidence you pointed to",
                                "Your name shown with your comments", "Sent on"), ratings),
                        new Table("Evidence files you gave", List.of("Round", "What you rated", "File", "Given on"), files),
                        new Table("Ratings you agreed with others", List.of("Round", "What you rated", "Agreed rating", "Note"),
                                agreed(organisationId, personId, indicators)),
                        new Table("Actions you took on", List.of("Round", "What you rated", "What", "By", "Done on", "What was done"),
                                actions(organisationId, personId, indicators))),
                attachments);
    }

    private record Evidence(long roundId, String roundTitle, String code, String fileName, String contentType, byte[] content,
            Instant givenAt) {
    }

    private List<Evidence> evidence(long organisationId, long personId) {
        return jdbc.sql("""
                        select f.round_id, r.title, f.indicator_code, f.file_name, f.content_type, f.content, f.created_at
                        from assessment_evidence_file f
                        join assessment_round r on r.id = f.round_id and r.organisation_id = f.organisation_id
                        where f.organisation_id = :organisationId and f.person_id = :personId
                        order by r.created_at desc, f.indicator_code, f.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query((rs, row) -> new Evidence(rs.getLong("round_id"), rs.getString("title"), rs.getString("indicator_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private List<List<String>> agreed(long organisationId, long personId, Indicators indicators) {
        return jdbc.sql("""
                        select r.id, r.title, a.indicator_code, a.rating, a.note
                        from assessment_agreed_by b
                        join assessment_agreed a on a.round_id = b.round_id and a.indicator_code = b.indicator_code
                                                and a.organisation_id = b.organisation_id
                        join assessment_round r on r.id = a.round_id and r.organisation_id = a.organisation_id
                        where b.organisation_id = :organisationId and b.person_id = :personId
                        order by r.created_at desc, a.indicator_code""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query().listOfRows().stream()
                .map(row -> Arrays.asList((String) row.get("title"), indicators.name(row),
                        labels.of(Rating.valueOf((String) row.get("rating"))), (String) row.get("note")))
                .toList();
    }

    private List<List<String>> actions(long organisationId, long personId, Indicators indicators) {
        return jdbc.sql("""
                        select r.id, r.title, a.indicator_code, a.what, a.due_on, a.done_at, a.done_note
                        from assessment_action a
                        join assessment_round r on r.id = a.round_id and r.organisation_id = a.organisation_id
                        where a.organisation_id = :organisationId and a.owner_person_id = :personId
                        order by a.due_on desc, a.id""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query().listOfRows().stream()
                .map(row -> Arrays.asList((String) row.get("title"), indicators.name(row), (String) row.get("what"),
                        Dates.date(((java.sql.Date) row.get("due_on")).toLocalDate()), date((Timestamp) row.get("done_at")),
                        (String) row.get("done_note")))
                .toList();
    }

    private static String date(Timestamp at) {
        return at == null ? "" : Dates.date(at.toInstant());
    }

    /** Each round's indicators, in the wording of the framework version it was rated in. */
    private final class Indicators {

        private final long organisationId;
        private final Map<Long, Framework> byRound = new HashMap<>();

        Indicators(long organisationId) {
            this.organisationId = organisationId;
        }

        List<Framework.Indicator> of(long roundId) {
            return byRound.computeIfAbsent(roundId, id -> frameworks.framework(organisationId, id)).indicators();
        }

        /** The indicator of a row that has the round's id and the indicator's code. */
        String name(Map<String, Object> row) {
            return name(((Number) row.get("id")).longValue(), (String) row.get("indicator_code"));
        }

        /** For example "1.2: People with lived experience co-chair every group"; empty for an action about the whole round. */
        String name(long roundId, String code) {
            if (code == null) {
                return "";
            }
            return of(roundId).stream().filter(indicator -> indicator.code().equals(code)).findFirst()
                    .map(indicator -> code + ": " + indicator.doingWell()).orElse(code);
        }
    }
}
