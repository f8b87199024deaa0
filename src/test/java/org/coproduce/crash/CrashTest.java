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
            app.start();
            Northshire northshire = Northshire.withPartners(db, PARTNERS);
            for (Scenario scenario : List.of(new MarkingRunPaid(app, db, northshire), new RecordingAttendance(app, db, northshire),
                    new SendingReminders(app, db, northshire))) {
                Scenario.Result whole = scenario.once(null);
                add(findings, new Finding(scenario.name(), "not killed (took " + whole.tookMillis() + ")", whole.found(), whole.passed()));
                for (int i = 0; i < kills; i++) {
                    long moment = whole.tookMillis() * (2 * i + 1) / (2 * kills);
                    Scenario.Result result = scenario.once(moment);
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

    private static void add(List<Finding> findings, Finding finding) {
        findings.add(finding);
        System.err.printf("%s, killed at %s: %s: %s%n", finding.scenario(), finding.killedAt(), finding.found(), finding.passed() ? "pass" : "FAIL");
    }
}
