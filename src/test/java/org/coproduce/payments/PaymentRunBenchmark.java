package org.coproduce.payments;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A payment run of 10,000 approved claims (9,000 fees and 1,000 expenses, for 500 people) in a real embedded
 * PostgreSQL: how long it takes to build the run, and to read it back and export it as CSV and as Excel. Run with
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=PaymentRunBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PaymentRunBenchmark {

    static final int PEOPLE = 500;
    static final int FEES = 9_000;
    static final int EXPENSES = 1_000;

    EmbeddedPostgres postgres;
    JdbcClient jdbc;
    TransactionTemplate transaction;
    PaymentRunRepository runs;
    long organisation;
    long builtRun;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource data = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(data);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(data));
        runs = new PaymentRunRepository(jdbc);
        organisation = jdbc.sql("insert into organisation (slug, name, contact_email) values ('bench', 'Benchmark Partnership', 'a@b.example') returning id")
                .query(Long.class).single();
        jdbc.sql("""
                        insert into person (organisation_id, full_name, email)
                        select :organisation, 'Person ' || n, 'person' || n || '@bench.example' from generate_series(1, :people) n""")
                .param("organisation", organisation).param("people", PEOPLE).update();
        List<Long> people = jdbc.sql("select id from person where organisation_id = :organisation order by id")
                .param("organisation", organisation).query(Long.class).list();
        long firstPerson = people.get(0);
        jdbc.sql("""
                        insert into coproduction_group (organisation_id, name, kind, purpose, meets)
                        values (:organisation, 'Partnership board', 'BOARD', 'Decide together', 'MONTHLY')""")
                .param("organisation", organisation).update();
        jdbc.sql("""
                        insert into coproduction_session (organisation_id, group_id, kind, title, starts_at, ends_at)
                        select :organisation, g.id, 'MEETING', 'Meeting ' || n, now() - (n || ' days')::interval,
                               now() - (n || ' days')::interval + interval '2 hours'
                        from coproduction_group g, generate_series(1, 18) n where g.organisation_id = :organisation""")
                .param("organisation", organisation).update();
        long rate = jdbc.sql("""
                        insert into pay_rate (organisation_id, activity, per_hour_pence, effective_from, created_by_person_id)
                        values (:organisation, 'ATTENDING', 2500, date '2020-01-01', :person) returning id""")
                .param("organisation", organisation).param("person", firstPerson).query(Long.class).single();
        jdbc.sql("""
                        insert into fee_claim (organisation_id, session_id, person_id, activity, session_minutes, preparation_minutes, rate_id,
                                               amount_pence, choice, status, session_ended_at)
                        select :organisation, s.id, p.id, 'ATTENDING', 120, 60, :rate, 7500, 'PAY', 'APPROVED', s.ends_at
                        from (select id, ends_at, row_number() over (order by id) as k from coproduction_session where organisation_id = :organisation) s
                        cross join (select id from person where organisation_id = :organisation) p""")
                .param("organisation", organisation).param("rate", rate).update();
        jdbc.sql("""
                        insert into expense_claim (organisation_id, person_id, kind, spent_on, description, amount_pence, status, created_by_person_id)
                        select :organisation, p.id, 'FARES', current_date - n, 'Bus there and back', 480, 'APPROVED', p.id
                        from (select id from person where organisation_id = :organisation) p cross join generate_series(1, 2) n""")
                .param("organisation", organisation).update();
        int fees = jdbc.sql("select count(*) from fee_claim where organisation_id = :organisation").param("organisation", organisation)
                .query(Integer.class).single();
        if (fees != FEES) {
            throw new IllegalStateException("Expected " + FEES + " fee claims, made " + fees);
        }
        jdbc.sql("analyze").update();
        builtRun = build();
    }

    /** Takes the claims out of every run again, so that each build starts from 10,000 claims waiting. */
    @Setup(Level.Invocation)
    public void emptyRuns() {
        jdbc.sql("delete from payment_run_claim where run_id <> :kept").param("kept", builtRun).update();
        jdbc.sql("delete from payment_run_expense where run_id <> :kept").param("kept", builtRun).update();
        jdbc.sql("delete from payment_run where id <> :kept").param("kept", builtRun).update();
        jdbc.sql("delete from payment_run_claim where run_id = :kept").param("kept", builtRun).update();
        jdbc.sql("delete from payment_run_expense where run_id = :kept").param("kept", builtRun).update();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        postgres.close();
    }

    @Benchmark
    public long buildARunOf10000Claims() {
        return build();
    }

    @Benchmark
    public byte[] buildAndExportAsCsvAndExcel() {
        PaymentRun run = runs.run(organisation, build()).orElseThrow();
        List<PaymentLine> lines = runs.lines(organisation, run.id());
        if (lines.size() != FEES + EXPENSES) {
            throw new IllegalStateException("The run holds " + lines.size() + " lines");
        }
        String csv = PaymentExport.csv(run, lines);
        byte[] excel = PaymentExport.excel(run, lines);
        return csv.length() > excel.length ? csv.getBytes() : excel;
    }

    private long build() {
        return transaction.execute(status -> runs.createRun(organisation, 1).orElseThrow());
    }
}
