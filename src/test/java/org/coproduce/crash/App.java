package org.coproduce.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.coproduce.support.Visitor;

/**
 * The real app, built as target/coproduce.jar, running as a process of its own on the crash test's database with the
 * demo data, that the test kills with SIGKILL (what {@code kill -9} sends) and starts again.
 */
final class App implements AutoCloseable {

    static final int PORT = 18080;
    static final String PASSWORD = "coproduce-demo";

    private final Database database;
    private final Path log;
    private Process process;
    private int starts;

    App(Database database, Path log) {
        this.database = database;
        this.log = log;
    }

    /** Starts the app and waits until it is ready: migrated, demo data loaded, taking requests. */
    void start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", "target/coproduce.jar")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("SPRING_DATASOURCE_URL", database.url);
        env.put("SPRING_DATASOURCE_USERNAME", Database.USER);
        env.put("PORT", String.valueOf(PORT));
        // Readiness turns UP only once the demo data is loaded, unlike plain health.
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("COPRODUCE_REMINDERS_EVERY", "PT2S");
        env.put("COPRODUCE_OUTBOX_EVERY", "PT2S");
        process = builder.start();
        starts++;
        HttpClient client = HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (System.currentTimeMillis() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                var ready = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The app was not ready within 3 minutes; see " + log);
    }

    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Sends a request and, with a kill moment, kills the app that many milliseconds after sending it and starts it
     * again. Without one, waits for the answer.
     *
     * @return how long the request took, or the kill moment
     */
    long act(Runnable request, Long killAfter) throws IOException, InterruptedException {
        long began = System.nanoTime();
        if (killAfter == null) {
            request.run();
            return (System.nanoTime() - began) / 1_000_000;
        }
        CompletableFuture<Void> answer = CompletableFuture.runAsync(request);
        killAt(began + killAfter * 1_000_000);
        answer.handle((done, cutOff) -> null).join();
        start();
        return killAfter;
    }

    /** Kills the app at a moment of {@link System#nanoTime()}, or at once if it has passed. */
    void killAt(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        kill();
    }

    Visitor signIn(String email) {
        Visitor visitor = new Visitor(PORT);
        visitor.get("/sign-in");
        var signedIn = visitor.post("/sign-in", "email", email, "password", PASSWORD);
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException(email + " could not sign in: " + signedIn.status() + " " + signedIn.location());
        }
        return visitor;
    }

    int starts() {
        return starts;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
