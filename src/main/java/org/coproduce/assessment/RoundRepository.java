package org.coproduce.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoundRepository {

    private static final String ROUNDS = """
            select r.id, r.title, v.framework_id, r.framework_version_id, r.closes_on,
                   (select count(*) from assessment_rater a where a.round_id = r.id) as raters,
                   (select count(*) from assessment_rater a where a.round_id = r.id and a.submitted_at is not null) as submitted
            from assessment_round r join assessment_framework_version v on v.id = r.framework_version_id
            """;

    private final JdbcClient jdbc;

    RoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(long organisationId, long versionId, String title, LocalDate closesOn, long by) {
        return jdbc.sql("""
                        insert into assessment_round (organisation_id, framework_version_id, title, closes_on, created_by_person_id)
                        values (:organisationId, :versionId, :title, :closesOn, :by) returning id""")
                .param("organisationId", organisationId)
                .param("versionId", versionId)
                .param("title", title)
                .param("closesOn", closesOn)
                .param("by", by)
                .query(Long.class).single();
    }

    void invite(long organisationId, long roundId, long personId, Side side) {
        jdbc.sql("""
                        insert into assessment_rater (round_id, organisation_id, person_id, side) values (:roundId, :organisationId, :personId, :side)
                        on conflict (round_id, person_id) do nothing""")
                .param("roundId", roundId)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("side", side.name())
                .update();
    }

    List<Round> rounds(long organisationId) {
        return jdbc.sql(ROUNDS + " where r.organisation_id = :organisationId order by r.created_at desc, r.id desc")
                .param("organisationId", organisationId)
                .query(RoundRepository::round).list();
    }

    /** Rounds a person is asked to rate in. */
    List<Round> roundsOf(long organisationId, long personId) {
        return jdbc.sql(ROUNDS + """
                         where r.organisation_id = :organisationId
                           and exists (select 1 from assessment_rater a where a.round_id = r.id and a.person_id = :personId)
                         order by r.closes_on desc, r.id desc""")
                .param("organisationId", organisationId)
                .param("personId", personId)
                .query(RoundRepository::round).list();
    }

    /** The rounds of the same framework (any version) up to and including this one, oldest first. */
    List<Round> roundsUpTo(long organisationId, Round round) {
        return jdbc.sql(ROUNDS + """
                         where r.organisation_id = :organisationId and v.framework_id = :frameworkId
                           and (r.created_at, r.id) <= (select created_at, id from assessment_round where id = :roundId)
                         order by r.created_at, r.id""")
                .param("organisationId", organisationId)
                .param("frameworkId", round.frameworkId())
                .param("roundId", round.id())
                .query(RoundRepository::round).list();
    }

    Optional<Round> round(long organisationId, long roundId) {
        return jdbc.sql(ROUNDS + " where r.organisation_id = :organisationId and r.id = :roundId")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query(RoundRepository::round).optional();
    }

    List<Rater> raters(long organisationId, long roundId) {
        return jdbc.sql("""
                        select a.person_id, coalesce(p.known_as, p.full_name) as name, a.side, a.name_shown, a.submitted_at
                        from assessment_rater a join person p on p.id = a.person_id and p.organisation_id = a.organisation_id
                        where a.organisation_id = :organisationId and a.round_id = :roundId order by lower(p.full_name)""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new Rater(rs.getLong("person_id"), rs.getString("name"), Side.valueOf(rs.getString("side")),
                        rs.getBoolean("name_shown"), rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }

    Optional<Rater> rater(long organisationId, long roundId, long personId) {
        return raters(organisationId, roundId).stream().filter(r -> r.personId() == personId).findFirst();
    }

    /** A person's own ratings, by indicator. */
    Map<String, GivenRating> ratingsOf(long organisationId, long roundId, long personId) {
        return jdbc.sql("""
                        select indicator_code, rating, comment, evidence from assessment_rating
                        where organisation_id = :organisationId and round_id = :roundId and person_id = :personId""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("personId", personId)
                .query((rs, row) -> new GivenRating(rs.getString("indicator_code"), Rating.valueOf(rs.getString("rating")),
                        rs.getString("comment"), rs.getString("evidence")))
                .list().stream().collect(Collectors.toMap(GivenRating::indicatorCode, given -> given));
    }

    void rate(long organisationId, long roundId, long personId, GivenRating given) {
        jdbc.sql("""
                        insert into assessment_rating (round_id, organisation_id, person_id, indicator_code, rating, comment, evidence)
                        values (:roundId, :organisationId, :personId, :code, :rating, :comment, :evidence)
                        on conflict (round_id, person_id, indicator_code) do update
                            set rating = excluded.rating, comment = excluded.comment, evidence = excluded.evidence, updated_at = now()""")
                .param("roundId", roundId)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("code", given.indicatorCode())
                .param("rating", given.rating().name())
                .param("comment", given.comment())
                .param("evidence", given.evidence())
                .update();
    }

    void submit(long organisationId, long roundId, long personId, boolean nameShown) {
        jdbc.sql("""
                        update assessment_rater set submitted_at = coalesce(submitted_at, now()), name_shown = :nameShown
                        where organisation_id = :organisationId and round_id = :roundId and person_id = :personId""")
                .param("nameShown", nameShown)
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("personId", personId)
                .update();
    }

    /** Every submitted rating in a round, with the side of the person who gave it. Drafts are left out. */
    List<RoundResults.Given> submittedRatings(long organisationId, long roundId) {
        return jdbc.sql("""
                        select g.indicator_code, a.side, g.rating from assessment_rating g
                        join assessment_rater a on a.round_id = g.round_id and a.person_id = g.person_id
                        where g.organisation_id = :organisationId and g.round_id = :roundId and a.submitted_at is not null""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new RoundResults.Given(rs.getString("indicator_code"), Side.valueOf(rs.getString("side")),
                        Rating.valueOf(rs.getString("rating"))))
                .list();
    }

    /** Comments given with submitted ratings, with the name only of those who chose to show it. */
    List<Comment> comments(long organisationId, long roundId) {
        return jdbc.sql("""
                        select g.indicator_code, g.rating, g.comment, g.evidence, a.side,
                               case when a.name_shown then coalesce(p.known_as, p.full_name) end as name
                        from assessment_rating g
                        join assessment_rater a on a.round_id = g.round_id and a.person_id = g.person_id
                        join person p on p.id = g.person_id and p.organisation_id = g.organisation_id
                        where g.organisation_id = :organisationId and g.round_id = :roundId and a.submitted_at is not null
                          and (g.comment is not null or g.evidence is not null)
                        order by g.indicator_code, g.updated_at""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new Comment(rs.getString("indicator_code"), Rating.valueOf(rs.getString("rating")), rs.getString("comment"),
                        rs.getString("evidence"), Side.valueOf(rs.getString("side")), rs.getString("name")))
                .list();
    }

    void addEvidence(long organisationId, long roundId, long personId, String code, EvidenceFile file) {
        jdbc.sql("""
                        insert into assessment_evidence_file (round_id, organisation_id, person_id, indicator_code, file_name, content_type, content)
                        values (:roundId, :organisationId, :personId, :code, :name, :type, :content)""")
                .param("roundId", roundId)
                .param("organisationId", organisationId)
                .param("personId", personId)
                .param("code", code)
                .param("name", file.fileName())
                .param("type", file.contentType())
                .param("content", file.content())
                .update();
    }

    /** A person's own evidence files in a round. */
    List<EvidenceListing> ownEvidence(long organisationId, long roundId, long personId) {
        return jdbc.sql("""
                        select id, indicator_code, file_name, null as name from assessment_evidence_file
                        where organisation_id = :organisationId and round_id = :roundId and person_id = :personId order by indicator_code, id""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("personId", personId)
                .query((rs, row) -> new EvidenceListing(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("file_name"), null))
                .list();
    }

    /** Evidence files given with sent ratings. */
    List<EvidenceListing> evidence(long organisationId, long roundId) {
        return jdbc.sql("""
                        select f.id, f.indicator_code, f.file_name, case when a.name_shown then coalesce(p.known_as, p.full_name) end as name
                        from assessment_evidence_file f
                        join assessment_rater a on a.round_id = f.round_id and a.person_id = f.person_id
                        join person p on p.id = f.person_id and p.organisation_id = f.organisation_id
                        where f.organisation_id = :organisationId and f.round_id = :roundId
                          and a.submitted_at is not null
                        order by f.indicator_code, f.id""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .query((rs, row) -> new EvidenceListing(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("file_name"), rs.getString("name")))
                .list();
    }

    Optional<EvidenceFile> evidenceFile(long organisationId, long roundId, long fileId) {
        return jdbc.sql("""
                        select file_name, content_type, content from assessment_evidence_file
                        where organisation_id = :organisationId and round_id = :roundId and id = :id""")
                .param("organisationId", organisationId)
                .param("roundId", roundId)
                .param("id", fileId)
                .query((rs, row) -> new EvidenceFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private static Round round(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Round(rs.getLong("id"), rs.getString("title"), rs.getLong("framework_id"), rs.getLong("framework_version_id"),
                rs.getDate("closes_on").toLocalDate(), rs.getInt("raters"), rs.getInt("submitted"));
    }
}
