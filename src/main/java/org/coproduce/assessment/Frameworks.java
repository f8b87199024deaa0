package org.coproduce.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduce.accounts.CurrentUser;
import org.coproduce.web.NotFoundException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frameworks: the built-in ones are kept up to date from the files shipped with Coproduce when it starts; an
 * organisation adds its own from a file or copies one and edits it. Every change is a new version, so a round keeps
 * the wording it started with.
 */
@Service
@Transactional
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Frameworks implements ApplicationRunner {

    static final Map<String, String> BUILT_IN = Map.of(
            "checking-co-production", "assessment/checking-co-production.yaml",
            "ladder-check", "assessment/ladder-check.yaml");

    /** The framework could not be read; the problems say where and why. */
    public static class NotReadable extends RuntimeException {
        final transient List<FrameworkFile.Problem> problems;

        NotReadable(List<FrameworkFile.Problem> problems) {
            super(problems.size() + " problems");
            this.problems = problems;
        }
    }

    private final FrameworkRepository frameworks;
    private final Map<String, Framework> read = new ConcurrentHashMap<>();

    Frameworks(FrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        BUILT_IN.forEach((key, resource) -> {
            String source = resource(resource);
            frameworks.ensureBuiltIn(key, FrameworkFile.read(source).framework().name(), source);
        });
    }

    /** A built-in framework's number: "checking-co-production" or "ladder-check". */
    @Transactional(readOnly = true)
    public long builtIn(String key) {
        return frameworks.builtInId(key);
    }

    /**
     * The framework a stored version holds. Versions never change, so each is read once. It is known by its wording as
     * well as its number: a database emptied and filled again (as the tests do, several applications sharing one
     * server) gives the same number to another version.
     */
    public Framework framework(StoredFramework stored) {
        return read.computeIfAbsent(stored.versionId() + " " + stored.source().hashCode(), key -> FrameworkFile.read(stored.source()).framework());
    }

    long add(CurrentUser by, String source) {
        Framework framework = check(source);
        return frameworks.create(by.organisationId(), by.personId(), framework.name(), source);
    }

    /** Saves a changed wording as a new version of the organisation's own framework. */
    void change(CurrentUser by, long frameworkId, String source) {
        StoredFramework current = own(by, frameworkId);
        Framework framework = check(source);
        if (!source.equals(current.source())) {
            frameworks.addVersion(frameworkId, by.personId(), framework.name(), source);
        }
    }

    /** Copies a framework (its latest version) so the organisation can change it. */
    long copy(CurrentUser by, long frameworkId) {
        StoredFramework original = frameworks.find(by.organisationId(), frameworkId, null).orElseThrow(NotFoundException::new);
        return frameworks.create(by.organisationId(), by.personId(), original.name(), original.source());
    }

    StoredFramework own(CurrentUser by, long frameworkId) {
        StoredFramework found = frameworks.find(by.organisationId(), frameworkId, null).orElseThrow(NotFoundException::new);
        if (found.builtIn()) {
            throw new NotFoundException();
        }
        return found;
    }

    private static Framework check(String source) {
        FrameworkFile.Reading reading = FrameworkFile.read(source);
        if (!reading.ok()) {
            throw new NotReadable(reading.problems());
        }
        return reading.framework();
    }

    private static String resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
