package org.coproduce.assessment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.coproduce.web.Labels;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The results of a round of 300 raters on the built-in five big ideas (20 indicators, 6,000 ratings, one in five with a
 * comment), in a real embedded PostgreSQL: reading the submitted ratings and comments and building what the results
 * page shows, and building the PDF report. Run with {@code ./mvnw -Pbenchmark test-compile exec:exec
 * -Dbenchmark=RoundResultsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoundResultsBenchmark {

    static final int RATERS = 300;

    EmbeddedPostgres postgres;
    RoundRepository rounds;
    Frameworks frameworks;
    FrameworkRepository stored;
    Labels labels;
    long organisation;
    long roundId;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource data = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        stored = new FrameworkRepository(jdbc);
        frameworks = new Frameworks(stored);
        frameworks.run(null);
        rounds = new RoundRepository(jdbc);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        labels = Labels.from(messages);
        organisation = jdbc.sql("insert into organisation (slug, name) values ('bench', 'Benchmark Partnership') returning id").query(Long.class).single();
        jdbc.sql("insert into person (organisation_id, full_name) select :organisation, 'Person ' || n from generate_series(1, :raters) n")
                .param("organisation", organisation).param("raters", RATERS).update();
        long first = jdbc.sql("select min(id) from person where organisation_id = :organisation").param("organisation", organisation)
                .query(Long.class).single();
        StoredFramework builtIn = stored.find(organisation, frameworks.builtIn("checking-co-production"), null).orElseThrow();
        roundId = rounds.start(organisation, builtIn.versionId(), "Autumn check", java.time.LocalDate.now().plusWeeks(2), first);
        jdbc.sql("""
                        insert into assessment_rater (round_id, organisation_id, person_id, side, name_shown, submitted_at)
                        select :round, :organisation, id, case when id % 2 = 0 then 'LIVED_EXPERIENCE' else 'PROFESSIONAL' end, id % 3 = 0, now()
                        from person where organisation_id = :organisation""")
                .param("round", roundId).param("organisation", organisation).update();
        List<String> codes = frameworks.framework(builtIn).indicators().stream().map(Framework.Indicator::code).toList();
        for (String code : codes) {
            jdbc.sql("""
                            insert into assessment_rating (round_id, organisation_id, person_id, indicator_code, rating, comment)
                            select :round, :organisation, id, :code,
                                   (array['DOING_WELL', 'GETTING_THERE', 'MORE_TO_DO', 'DONT_KNOW'])[1 + (id + length(:code)) % 4],
                                   case when id % 5 = 0 then 'Person ' || id || ' says: we have made a start, but there is a long way to go on this one.' end
                            from person where organisation_id = :organisation""")
                    .param("round", roundId).param("organisation", organisation).param("code", code).update();
        }
        jdbc.sql("analyze").update();
        System.out.println("PDF report for " + RATERS + " raters: " + pdf().length + " bytes");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        postgres.close();
    }

    @Benchmark
    public RoundReport.Contents buildTheResults() {
        Round round = rounds.round(organisation, roundId).orElseThrow();
        Framework framework = frameworks.framework(stored.version(organisation, round.frameworkVersionId()).orElseThrow());
        List<RoundResultsView> results = RoundResults.disagreementFirst(RoundResults.of(framework, rounds.submittedRatings(organisation, roundId)))
                .stream().map(r -> RoundResultsView.of(r, "People with lived experience and carers", "Staff and board members", null)).toList();
        return new RoundReport.Contents(round, framework, results, rounds.comments(organisation, roundId), List.of(), "Benchmark Partnership");
    }

    @Benchmark
    public byte[] buildThePdfReport() {
        return pdf();
    }

    private byte[] pdf() {
        return RoundReport.pdf(buildTheResults(), labels);
    }
}
