package org.coproduce.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The crash test of issue #22, "nothing sent twice, nothing lost": runs the real app on PostgreSQL, kills it with
 * SIGKILL in the middle of marking a run paid, of the reminders job and of recording attendance, at moments spread
 * over how long each takes, starts it again and checks the database. Run by {@code tools/crash-test}; see the README.
 */
public final class CrashTest {

    private static final String DATABASE = "coproduce_crash";
    private static final int PARTNERS = 25;

    private CrashTest() {
    }

    /** @param args how many times to kill the app in each scenario; 6 unless given */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path log = Files.createDirectories(Path.of("target/crash-test")).resolve("app.log");
        Files.deleteIfExists(log);
        // Should this be stopped with Ctrl-C, the app goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        long began = System.currentTimeMillis();
        List<Finding> findings = new ArrayList<>();
        try (Database db = Database.fresh(DATABASE); App app = new App(db, log)) {
            startOnSharedServer(app, db);
            Northshire northshire = Northshire.withPartners(db, PARTNERS);
            for (Scenario scenario : List.of(new MarkingRunPaid(app, db, northshire), new RecordingAttendance(app, db, northshire),
                    new SendingReminders(app, db, northshire))) {
                Scenario.Result whole = once(app, db, scenario, null);
                add(findings, new Finding(scenario.name(), "not killed (took " + whole.tookMillis() + ")", whole.found(), whole.passed()));
                for (int i = 0; i < kills; i++) {
                    long moment = whole.tookMillis() * (2 * i + 1) / (2 * kills);
                    Scenario.Result result = once(app, db, scenario, moment);
                    add(findings, new Finding(scenario.name(), String.valueOf(moment), result.found(), result.passed()));
                }
            }
            System.out.printf("%n%d starts of the app in %d s; its log is in %s%n%n", app.starts(), (System.currentTimeMillis() - began) / 1000, log);
        }
        System.out.println("| Scenario | Killed at (ms) | Found | Result |");
        System.out.println("| --- | --- | --- | --- |");
        findings.forEach(f -> System.out.printf("| %s | %s | %s | %s |%n", f.scenario(), f.killedAt(), f.found(), f.passed() ? "pass" : "FAIL"));
        long failed = findings.stream().filter(f -> !f.passed()).count();
        System.out.println(failed == 0 ? "\nNothing sent twice, nothing lost." : "\n" + failed + " of " + findings.size() + " failed.");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static void startOnSharedServer(App app, Database db) throws Exception {
        for (int tries = 1; ; tries++) {
            long server = db.serverStarted();
            try {
                app.start();
                return;
            } catch (IllegalStateException stopped) {
                if (tries == 3 || db.serverStarted() == server) {
                    throw stopped;
                }
                System.err.println("PostgreSQL was restarted by something else while the app started; starting it again");
            }
        }
    }

    /**
     * Runs a scenario once. This machine's PostgreSQL server may be shared, and restarted by someone else: a try in
     * which that happened proves nothing, so it is tried again, up to three times, with the app started afresh.
     */
    private static Scenario.Result once(App app, Database db, Scenario scenario, Long killAfter) throws Exception {
        for (int tries = 1; ; tries++) {
            long server = db.serverStarted();
            try {
                Scenario.Result result = scenario.once(killAfter);
                if (db.serverStarted() == server) {
                    return result;
                }
            } catch (Exception failed) {
                if (tries == 3 || db.serverStarted() == server) {
                    failed.printStackTrace();
                    app.kill();
                    app.start();
                    return new Scenario.Result(0, "the crash test itself failed: " + failed, false);
                }
            }
            if (tries == 3) {
                return new Scenario.Result(0, "PostgreSQL was restarted by something else in each of 3 tries", false);
            }
            System.err.println("PostgreSQL was restarted by something else during this try; trying again");
            app.kill();
            app.start();
        }
    }

    private static void add(List<Finding> findings, Finding finding) {
        findings.add(finding);
        System.err.printf("%s, killed at %s: %s: %s%n", finding.scenario(), finding.killedAt(), finding.found(), finding.passed() ? "pass" : "FAIL");
    }
}
