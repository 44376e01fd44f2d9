package com.geokg.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.SummaryCounters;

import com.geokg.config.KgConfig;
import com.geokg.graph.EmbeddedNeo4j;
import com.geokg.graph.StartupFailure;
import com.geokg.load.script.CypherScripts;
import com.geokg.load.script.ScriptItem;

import io.quarkus.runtime.StartupEvent;

/**
 * Applies the versioned scripts shipped in {@code cypher/} (schema first, then the seed) at start-up,
 * in version order. A script whose SHA-256 already loaded successfully is skipped, so a second start
 * changes nothing; the scripts themselves are idempotent too (IF NOT EXISTS, MERGE), so a changed
 * script is simply applied again.
 */
@ApplicationScoped
public class StartupScripts {

    /** Runs after the embedded database (if any) is up. */
    public static final int STARTUP_PRIORITY = EmbeddedNeo4j.STARTUP_PRIORITY + 10;

    static final String LOCATION = "cypher";
    static final Pattern VERSIONED = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

    private static final Logger LOG = Logger.getLogger(StartupScripts.class);

    private final Driver driver;
    private final LoadHistory history;
    private final KgConfig config;

    StartupScripts(Driver driver, LoadHistory history, KgConfig config) {
        this.driver = driver;
        this.history = history;
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
     * Applies every versioned script not yet loaded (or every script, when forced); returns the
     * names of those applied.
     */
    public List<String> applyAll(boolean force) {
        List<String> applied = new ArrayList<>();
        for (Script script : scripts()) {
            try {
                if (!force && history.alreadyLoaded(script.sha256())) {
                    LOG.debugf("%s already loaded (sha256 %s)", script.name(), script.sha256());
                    continue;
                }
                apply(script);
                applied.add(script.name());
            } catch (ServiceUnavailableException e) {
                throw new StartupFailure("Cannot reach Neo4j to apply %s: %s. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD."
                        .formatted(script.name(), e.getMessage()), e);
            } catch (Neo4jException e) {
                throw new StartupFailure("Applying %s failed: %s (%s)".formatted(script.name(), e.getMessage(), e.code()), e);
            }
        }
        if (!applied.isEmpty()) {
            LOG.infof("Applied %s", applied);
        }
        return applied;
    }

    private void apply(Script script) {
        ZonedDateTime started = ZonedDateTime.now();
        var parsed = CypherScripts.parse(script.text(), LOCATION + "/" + script.name());
        long nodes = 0;
        long relationships = 0;
        long properties = 0;
        int statements = 0;
        try (var session = driver.session()) {
            for (ScriptItem item : parsed.items()) {
                if (!(item instanceof ScriptItem.Statement statement)) {
                    throw new StartupFailure("%s: start-up scripts hold plain statements only; load scripts with "
                            .formatted(item.position()) + ":param or :begin with the loader");
                }
                // One auto-commit transaction per statement: schema and data statements cannot share one.
                SummaryCounters c = session.run(statement.cypher()).consume().counters();
                nodes += c.nodesCreated();
                relationships += c.relationshipsCreated();
                properties += c.propertiesSet();
                statements++;
            }
        }
        history.record(LOCATION + "/" + script.name(), script.sha256(), started, ZonedDateTime.now(), "SUCCEEDED",
                Map.of("statements", statements, "nodesCreated", nodes, "relationshipsCreated", relationships,
                        "propertiesSet", properties));
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
                        scripts.add(new Script(Integer.parseInt(m.group(1)), name, new String(bytes, StandardCharsets.UTF_8), sha256(bytes)));
                    }
                }
            }
            scripts.sort((a, b) -> Integer.compare(a.version(), b.version()));
            return scripts;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Script(int version, String name, String text, String sha256) {
    }
}
