package com.geokg.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's optional third side: the Neo4j GraphQL Library ({@code @neo4j/graphql}) on Apollo
 * Server, {@code node server.mjs} in {@code src/test/neo4j-graphql-library}, as a real subprocess
 * against the benchmark's Neo4j, bound to 127.0.0.1. Installs its packages with {@code npm ci} from
 * the committed lockfile when {@code node_modules} is missing. Stopped by its own {@link Process}
 * handle (SIGTERM, then a forced kill after a bound), never by name.
 */
final class LibraryServer implements AutoCloseable {

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String PROBE = "{\"query\":\"{ __typename }\"}";

    private final Process process;
    private final int httpPort;
    private final Path log;
    private final String description;

    private LibraryServer(Process process, int httpPort, Path log, String description) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.description = description;
    }

    /** Fails at once, before the graph is loaded, if {@code node} or {@code npm} is not on the PATH. */
    static void requireNode() {
        executable("node");
        executable("npm");
    }

    /**
     * Installs the packages if needed, then starts {@code node server.mjs} on {@code httpPort}; does not wait for it.
     * {@code logCypher} turns on the library's own logging of the Cypher it runs (its {@code debug} namespace
     * {@code @neo4j/graphql:execution}, into the log): slower, for diagnosis only, like the service's.
     */
    static LibraryServer start(Path dir, String boltUri, int httpPort, Path log, boolean logCypher, int workers)
            throws IOException, InterruptedException {
        Path node = executable("node");
        Path npm = executable("npm");
        Path project = dir.toAbsolutePath();
        if (!Files.isRegularFile(project.resolve("server.mjs")) || !Files.isRegularFile(project.resolve("package-lock.json"))) {
            throw new IllegalStateException(project + " has no server.mjs or package-lock.json (bench.libraryDir)");
        }
        if (!Files.isDirectory(project.resolve("node_modules"))) {
            install(npm, project, log.resolveSibling("library-npm-ci.log"));
        }
        String description = describe(node, project) + (workers > 1 ? "; " + workers + " worker processes (node:cluster)" : "; one Node process");
        var builder = new ProcessBuilder(node.toString(), "server.mjs").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("NEO4J_URI", boltUri);
        env.remove("NEO4J_USERNAME"); // the benchmark's Neo4j has authentication off
        env.remove("NEO4J_PASSWORD");
        env.put("HOST", "127.0.0.1");
        env.put("PORT", String.valueOf(httpPort));
        env.put("NODE_ENV", "production");
        env.put("WORKERS", String.valueOf(workers));
        env.remove("DEBUG"); // the library's debug logging (the `debug` package) stays off...
        if (logCypher) {
            env.put("DEBUG", "@neo4j/graphql:execution"); // ...unless asked for
        }
        env.remove("NODE_OPTIONS");
        return new LibraryServer(builder.start(), httpPort, log, description);
    }

    /** {@code npm ci} from the committed lockfile (no audit, no funding notice), bounded in time. */
    private static void install(Path npm, Path project, Path log) throws IOException, InterruptedException {
        System.out.println("[bench] node_modules missing in " + project + ": npm ci --no-audit --no-fund (log: " + log + ")");
        Process ci = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!ci.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            ci.destroyForcibly();
            ci.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new IllegalStateException("npm ci did not finish within " + INSTALL_TIMEOUT + "; see " + log);
        }
        if (ci.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed with " + ci.exitValue() + "; see " + log);
        }
    }

    /** An executable on the PATH, or a clear failure: the library side needs Node.js and npm. */
    private static Path executable(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(entry, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("-Dbench.library=true needs `" + name + "` (Node.js 20 or later with npm) on the PATH; it is not there");
    }

    /** Node's version and the installed versions of the packages that make up this side, for the results. */
    private static String describe(Path node, Path project) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
        String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        var mapper = new ObjectMapper();
        var parts = new StringBuilder("Node " + version);
        for (String pkg : List.of("@neo4j/graphql", "@apollo/server", "graphql", "neo4j-driver")) {
            Path manifest = project.resolve("node_modules").resolve(pkg).resolve("package.json");
            String v = Files.isRegularFile(manifest) ? mapper.readTree(manifest.toFile()).path("version").asText("?") : "?";
            parts.append(", ").append(pkg).append(' ').append(v);
        }
        return parts.toString();
    }

    /** Any path answers; the benchmark posts to {@code /graphql}. */
    URI graphqlUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/graphql");
    }

    /** CPU time the Node process and its workers (if any) have used so far (zero if the platform does not tell). */
    Duration cpuTime() {
        Duration cpu = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle worker : process.toHandle().descendants().toList()) {
            cpu = cpu.plus(worker.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return cpu;
    }

    long pid() {
        return process.pid();
    }

    /** Node's and the packages' versions. */
    String description() {
        return description;
    }

    /** Posts {@code { __typename }} until it answers 200, within {@link #START_TIMEOUT}. */
    void awaitReady(HttpClient http) throws IOException, InterruptedException {
        var probe = HttpRequest.newBuilder(graphqlUri()).timeout(Duration.ofSeconds(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PROBE)).build();
        Subprocesses.awaitReady(process, "the library server", log, http, probe, START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        Subprocesses.stop(process, STOP_TIMEOUT);
    }
}
