package com.geokg.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import com.geokg.config.KgConfig;
import com.geokg.graph.EmbeddedNeo4j;
import com.geokg.graph.StartupFailure;

import io.quarkus.runtime.StartupEvent;

/**
 * Applies the versioned scripts shipped in {@code cypher/} (schema first, then the seed) at start-up,
 * in version order, through the {@link Loader} (so they are validated before the first write and
 * recorded in the load history). A script whose SHA-256 already loaded successfully is skipped, so a
 * second start changes nothing; the scripts themselves are idempotent too (IF NOT EXISTS, MERGE), so a changed
 * script is simply applied again.
 */
@ApplicationScoped
public class StartupScripts {

    /** Runs after the embedded database (if any) is up. */
    public static final int STARTUP_PRIORITY = EmbeddedNeo4j.STARTUP_PRIORITY + 10;

    static final String LOCATION = "cypher";
    static final Pattern VERSIONED = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

    private static final Logger LOG = Logger.getLogger(StartupScripts.class);

    private final Loader loader;
    private final KgConfig config;

    StartupScripts(Loader loader, KgConfig config) {
        this.loader = loader;
        this.config = config;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        try {
            if (config.seed().applyOnStart()) {
                applyAll(false);
            }
        } catch (StartupFailure e) {
            LOG.debug("Start-up failed", e);
            throw e.toStartupError();
        }
    }

    /**
     * Applies every versioned script not yet loaded (or every script, when forced), with the
     * loader's default mode (validated before the first write, statement by statement, recorded in
     * the load history); returns the names of the scripts applied.
     */
    public List<String> applyAll(boolean force) {
        List<ScriptSource> sources = scripts().stream()
                .map(s -> new ScriptSource(LOCATION + "/" + s.name(), s.bytes(), s.sha256()))
                .toList();
        LoadReport report;
        try {
            report = loader.load(sources, new LoadOptions(LoadMode.DEFAULT, force), LoadListener.NONE);
        } catch (ServiceUnavailableException e) {
            throw new StartupFailure("Cannot reach Neo4j to apply the cypher/ scripts: %s. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD."
                    .formatted(e.getMessage()), e);
        } catch (Neo4jException e) {
            throw new StartupFailure("Applying the cypher/ scripts failed: %s (%s)".formatted(e.getMessage(), e.code()), e);
        }
        if (!report.ok()) {
            throw new StartupFailure("Applying the cypher/ scripts failed:" + System.lineSeparator() + report.summary().strip());
        }
        List<String> applied = report.sources().stream()
                .filter(s -> s.status() == LoadReport.Status.LOADED)
                .map(s -> s.name().substring(LOCATION.length() + 1))
                .toList();
        report.sources().stream().filter(s -> s.status() == LoadReport.Status.SKIPPED)
                .forEach(s -> LOG.debugf("%s already loaded (sha256 %s)", s.name(), s.sha256()));
        if (!applied.isEmpty()) {
            LOG.infof("Applied %s", applied);
        }
        return applied;
    }

    /** The shipped scripts in version order, read from the classpath (a directory or the application jar). */
    static List<Script> scripts() {
        var url = StartupScripts.class.getClassLoader().getResource(LOCATION + "/README.md");
        if (url == null) {
            throw new StartupFailure("The cypher/ scripts are missing from the application (no cypher/README.md on the classpath)");
        }
        try {
            URI dir = url.toURI();
            if (dir.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(dir);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(dir, Map.of());
                }
                return read(fs.provider().getPath(dir).getParent());
            }
            return read(Path.of(dir).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new StartupFailure("Cannot read the cypher/ scripts: " + e.getMessage(), e);
        }
    }

    private static List<Script> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            var scripts = new ArrayList<Script>();
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                var m = VERSIONED.matcher(name);
                if (m.matches()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        byte[] bytes = in.readAllBytes();
                        scripts.add(new Script(Integer.parseInt(m.group(1)), name, bytes, ScriptSource.sha256(bytes)));
                    }
                }
            }
            scripts.sort((a, b) -> Integer.compare(a.version(), b.version()));
            return scripts;
        }
    }

    record Script(int version, String name, byte[] bytes, String sha256) {
    }
}
