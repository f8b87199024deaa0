package org.coproduce.plainenglish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the checker reads a long document: a megabyte of realistic public-sector English (the test corpus of a
 * board paper, a policy and a newsletter, repeated). Run with {@code ./mvnw -Pbenchmark test-compile exec:exec
 * -Dbenchmark=AnalyserBenchmark}; MB/s is 1 divided by the seconds per operation, and the gc profiler's
 * gc.alloc.rate.norm is the allocation per megabyte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class AnalyserBenchmark {

    static final int ONE_MEGABYTE = 1 << 20;

    String document;
    PlainEnglish checker;

    @Setup
    public void load() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (String name : List.of("board-paper", "policy", "newsletter")) {
            corpus.append(new String(AnalyserBenchmark.class.getResourceAsStream("/plainenglish/corpus/" + name + ".txt").readAllBytes(),
                    StandardCharsets.UTF_8)).append("\n\n");
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < ONE_MEGABYTE) {
            text.append(corpus);
        }
        document = text.substring(0, ONE_MEGABYTE);
        checker = PlainEnglish.standard();
    }

    @Benchmark
    public Report checkOneMegabyte() {
        return checker.check(document, Glossary.builtIn(), List.of(new AvoidedTerm("service user", "Please ask people how they want to be described.")));
    }
}
