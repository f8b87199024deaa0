package org.coproduce.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.coproduce.CoproduceApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Making one person's copy of everything we hold about them, as the schedule makes it for a request: every module's
 * part, the page, the JSON, the spreadsheets and the files, zipped. The application starts with the demo profile on its
 * own embedded PostgreSQL, so the demo is loaded as a newcomer sees it. {@code demo} makes the copy for the demo person
 * with the most rows in sessions, payments and groups; {@code large} first adds an organisation of 2,000 people and
 * 5,000 meetings (200,000 attendances by others, see {@code large-organisation.sql}) and makes the copy for Robin Marsh,
 * who came to 500 of them. Run with {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=SubjectAccessBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SubjectAccessBenchmark {

    /** Rows that are someone's in sessions, payments and groups, to find the demo's busiest person. */
    private static final String ROWS_BY_PERSON = """
            with theirs as (
                select organisation_id, person_id from session_invitation
                union all select organisation_id, person_id from session_attendance
                union all select organisation_id, person_id from contribution
                union all select organisation_id, said_by_person_id from insight
                union all select organisation_id, person_id from decision_participant
                union all select organisation_id, owner_person_id from session_action
                union all select organisation_id, person_id from follow_up
                union all select organisation_id, person_id from fee_claim
                union all select organisation_id, person_id from expense_claim
                union all select organisation_id, person_id from ledger_entry
                union all select organisation_id, person_id from payment_preference
                union all select organisation_id, person_id from group_member
                union all select organisation_id, person_id from project_member)
            select p.organisation_id, p.id, p.full_name, count(*) as row_count
              from theirs t join person p on p.id = t.person_id and p.organisation_id = t.organisation_id
             group by p.organisation_id, p.id, p.full_name
             order by row_count desc, p.id
             limit 1""";

    @Param({"demo", "large"})
    public String database;

    ConfigurableApplicationContext application;
    SubjectAccess subjectAccess;
    TransactionTemplate transaction;
    long organisation;
    long person;
    String name;

    @Setup(Level.Trial)
    public void start() throws SQLException {
        // As arguments, so that they win over application.properties: a fresh database in a temporary folder each time.
        application = new SpringApplicationBuilder(CoproduceApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=embedded", "--coproduce.embedded-database.directory=", "--server.port=0",
                        "--coproduce.privacy.make-copies=false", "--coproduce.reminders.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        try {
            fill();
        } catch (SQLException | RuntimeException e) {
            application.close();
            throw e;
        }
    }

    private void fill() throws SQLException {
        subjectAccess = application.getBean(SubjectAccess.class);
        transaction = application.getBean(TransactionTemplate.class);
        DataSource data = application.getBean(DataSource.class);
        JdbcClient jdbc = JdbcClient.create(data);
        if (database.equals("large")) {
            long started = System.nanoTime();
            try (Connection connection = data.getConnection()) {
                ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/coproduce/privacy/large-organisation.sql"));
            }
            System.out.printf("Added the large organisation in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            Map<String, Object> robin = jdbc.sql("select organisation_id, id, full_name from person where email = 'robin.marsh@large.example'")
                    .query().singleRow();
            choose(robin);
        } else {
            Map<String, Object> busiest = jdbc.sql(ROWS_BY_PERSON).query().singleRow();
            choose(busiest);
            System.out.printf("The busiest demo person is %s, with %s rows in sessions, payments and groups%n", name, busiest.get("row_count"));
        }
        System.out.printf("Their copy: %d KB; rows in it by table: %s%n", makeTheCopy().length / 1024, rowsInTheCopy());
        System.out.printf("Tables read whole to make it: %s%n", tablesReadWhole(jdbc));
    }

    private void choose(Map<String, Object> row) {
        organisation = ((Number) row.get("organisation_id")).longValue();
        person = ((Number) row.get("id")).longValue();
        name = (String) row.get("full_name");
    }

    @TearDown(Level.Trial)
    public void stop() {
        application.close();
    }

    @Benchmark
    public byte[] makeTheCopy() {
        return transaction.execute(status -> subjectAccess.copy(organisation, person, name, Instant.now()));
    }

    private String rowsInTheCopy() {
        return subjectAccess.parts(organisation, person).stream()
                .flatMap(part -> part.tables().stream().map(table -> table.title() + " " + table.rows().size()))
                .toList().toString();
    }

    /**
     * The tables PostgreSQL scanned from end to end while one more copy was made, with the rows it read: a table that
     * grows with the organisation and is here needs an index on the person.
     */
    private List<String> tablesReadWhole(JdbcClient jdbc) {
        String scans = "select relname, seq_scan, seq_tup_read from pg_stat_user_tables";
        pause();
        Map<String, long[]> before = new HashMap<>();
        jdbc.sql(scans).query(rs -> {
            before.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        makeTheCopy();
        pause();
        List<String> read = new ArrayList<>();
        jdbc.sql(scans).query(rs -> {
            long[] was = before.getOrDefault(rs.getString(1), new long[2]);
            long rows = rs.getLong(3) - was[1];
            if (rs.getLong(2) > was[0] && rows > 0) {
                read.add(rs.getString(1) + " (" + rows + " rows)");
            }
        });
        return read;
    }

    /** PostgreSQL's backends send their statistics at most once a second. */
    private static void pause() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
