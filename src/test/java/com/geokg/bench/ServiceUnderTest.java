package com.geokg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged service ({@code quarkus-run.jar}) as a real subprocess, the way it runs in
 * production: its own JVM, its own driver pool, talking Bolt to the benchmark's Neo4j. Bound to
 * 127.0.0.1. Stopped by its own {@link Process} handle (SIGTERM, then a forced kill after a bound),
 * never by name.
 */
final class ServiceUnderTest implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int httpPort;
    private final Path log;

    private ServiceUnderTest(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    static ServiceUnderTest start(Path jar, String boltUri, int httpPort, Path log, boolean logCypher, List<String> jvmArgs) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with `mvn -o -DskipTests package` (the bench profile does)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        command.addAll(jvmArgs);
        if (logCypher) {
            command.add("-Dquarkus.log.category.\"com.geokg.graph.GraphReader\".level=DEBUG");
        }
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("NEO4J_URI", boltUri);
        env.put("NEO4J_USERNAME", "neo4j");
        env.put("NEO4J_PASSWORD", "unused"); // the benchmark's Neo4j has authentication off
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        env.put("KG_SEED_APPLY_ON_START", "true");
        return new ServiceUnderTest(builder.start(), httpPort, log);
    }

    URI graphqlUri() {
        return URI.create("http://127.0.0.1:" + httpPort + "/graphql");
    }

    /** CPU time the service process has used so far (zero if the platform does not tell). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    long pid() {
        return process.pid();
    }

    /** Polls the readiness endpoint (which checks Neo4j) until it answers 200, within {@link #START_TIMEOUT}. */
    void awaitReady(HttpClient http) throws IOException, InterruptedException {
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Subprocesses.awaitReady(process, "the service", log, http, ready, START_TIMEOUT);
    }

    @Override
    public void close() throws InterruptedException {
        Subprocesses.stop(process, STOP_TIMEOUT);
    }
}
