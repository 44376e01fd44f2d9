package com.geokg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GraphQL through the packaged service against hand-written Cypher through the driver, on one
 * synthetic graph in one Neo4j. Run by {@code ./mvnw -Pbench verify -Dbench.n=200}; see
 * docs/BENCHMARK.md for what each side includes.
 *
 * <p>Steps: generate the graph (fixed seed); start Neo4j in-process (neo4j-harness, Bolt only, on
 * a free 127.0.0.1 port); apply {@code cypher/V0001} and load the graph in {@code UNWIND $rows}
 * batches; start {@code quarkus-run.jar} as a subprocess on that Neo4j; then for each query check
 * that both sides answer the same data, warm both up, and measure them in alternating slices so that
 * a change of machine load hits both alike. Everything is stopped in {@code finally}, the service by
 * its own process handle.
 *
 * <p>With {@code -Dbench.library=true} a third side joins: the Neo4j GraphQL Library on Apollo
 * Server ({@link LibraryServer}, a Node subprocess on the same Neo4j), asked the same four queries
 * in its own dialect, its answers converted into ours and checked equal to the reference before
 * anything is timed, then warmed up and measured like the GraphQL side, in the same rotation.
 */
public final class Benchmark {

    /** Measured requests are split into this many alternating slices (GraphQL, raw, compiled and, when on, library). */
    private static final int SLICES = 4;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromSystemProperties();
        if (config.library()) {
            LibraryServer.requireNode();
        }
        Files.createDirectories(config.out());
        String loadBefore = loadAverage();
        log("GeoKG benchmark: n=%d threads=%d warmup=%d requests=%d seed=%d; load average %s",
                config.n(), config.threads(), config.warmup(), config.requests(), config.seed(), loadBefore);

        long t0 = System.nanoTime();
        SyntheticGraph.Rows rows = SyntheticGraph.generate(config.n(), config.seed());
        log("generated %d nodes in %.1f s (%d troop deployments)", rows.nodeCount(), seconds(t0), rows.troopDeployments());

        Neo4j neo4j = null;
        ServiceUnderTest service = null;
        LibraryServer library = null;
        ExecutorService workers = Executors.newFixedThreadPool(config.threads());
        try {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer()
                    .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", freePort()))
                    .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(config.pageCacheMiB()))
                    .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    .build();
            String bolt = neo4j.boltURI().toString();
            log("Neo4j %s at %s, page cache %d MiB", neo4jVersion(neo4j), bolt, config.pageCacheMiB());

            try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none(),
                    Config.builder().withMaxConnectionPoolSize(2 * config.threads()).build())) {
                var loader = new GraphLoader(driver);
                t0 = System.nanoTime();
                loader.applySchema();
                if (System.getProperty("bench.load", "driver").equals("kg-load")) {
                    log("%s", loader.loadWithKgLoad(rows, config.out().resolve("graph-n" + config.n() + ".cypher")));
                } else {
                    loader.load(rows);
                }
                double loadSeconds = seconds(t0);
                log("loaded in %.1f s: %s", loadSeconds, counts(driver));

                String mode = System.getProperty("bench.mode", "compare");
                if (!mode.equals("compare")) {
                    var counts0 = driver.executableQuery("RETURN COUNT { (:State) } AS states, COUNT { (:Event) } AS events, "
                            + "COUNT { (e:Event) WHERE e.kind = $kind } AS troops")
                            .withParameters(java.util.Map.of("kind", SyntheticGraph.TROOP_DEPLOYMENT)).execute().records().get(0);
                    var reads = QuerySet.all(new QuerySet.Counts(counts0.get("states").asLong(), counts0.get("events").asLong(),
                            counts0.get("troops").asLong()));
                    String result = "## " + mode + ", n=" + config.n() + ", " + java.time.Instant.now() + ", load average before " + loadBefore
                            + "\n" + Soak.run(config, bolt, reads) + "\nload average after " + loadAverage() + "\n";
                    Path file = config.out().resolve("results-" + mode + "-n" + config.n() + ".md");
                    Files.writeString(file, result);
                    System.out.println(result);
                    log("written to %s", file);
                    return;
                }
                service = ServiceUnderTest.start(config.jar(), bolt, freePort(), config.out().resolve("service.log"),
                        config.logCypher(), config.serviceJvmArgs());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                t0 = System.nanoTime();
                service.awaitReady(http);
                log("service pid %d ready in %.1f s at %s", service.pid(), seconds(t0), service.graphqlUri());

                if (config.library()) {
                    library = LibraryServer.start(config.libraryDir(), bolt, freePort(), config.out().resolve("library.log"),
                            config.logCypher(), config.libraryWorkers());
                    t0 = System.nanoTime();
                    library.awaitReady(http);
                    log("Neo4j GraphQL Library pid %d ready in %.1f s at %s (%s)", library.pid(), seconds(t0),
                            library.graphqlUri(), library.description());
                }

                ServiceUnderTest running = service;
                LibraryServer runningLibrary = library;
                var runner = new LoadRunner(workers, config.threads(), () -> cpuNanos(running, runningLibrary),
                        () -> running.cpuTime().toNanos());
                var libraryRunner = library == null ? null : new LoadRunner(workers, config.threads(),
                        () -> cpuNanos(running, runningLibrary), () -> runningLibrary.cpuTime().toNanos());
                Report report;
                try (var client = new KeepAliveHttp(service.graphqlUri());
                     var libraryClient = library == null ? null : new KeepAliveHttp(library.graphqlUri())) {
                    report = measure(config, driver, client, runner, libraryClient, libraryRunner);
                }
                String loadAfter = loadAverage();
                String summary = summary(config, rows, loadSeconds, loadBefore, loadAfter, report, library);
                Path file = config.out().resolve("results-n" + config.n() + ".md");
                Files.writeString(file, summary);
                System.out.println();
                System.out.println(summary);
                log("written to %s", file);
            }
        } finally {
            workers.shutdownNow();
            if (library != null) {
                library.close();
            }
            if (service != null) {
                service.close();
            }
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }

    /** {@code libraryHttp} and {@code libraryRunner} are null when the third side is off. */
    private static Report measure(BenchConfig config, Driver driver, KeepAliveHttp http, LoadRunner runner,
                                  KeepAliveHttp libraryHttp, LoadRunner libraryRunner) throws Exception {
        var mapper = new ObjectMapper();
        Files.deleteIfExists(config.out().resolve("profile-n" + config.n() + ".md"));
        boolean withLibrary = libraryHttp != null;
        var report = new Report(withLibrary);
        System.out.println(Report.header(withLibrary));
        var counts = driver.executableQuery("""
                RETURN COUNT { (:State) } AS states, COUNT { (:Event) } AS events,
                       COUNT { (e:Event) WHERE e.kind = $kind } AS troopDeployments""")
                .withParameters(java.util.Map.of("kind", SyntheticGraph.TROOP_DEPLOYMENT)).execute().records().get(0);
        var expected = new QuerySet.Counts(counts.get("states").asLong(), counts.get("events").asLong(),
                counts.get("troopDeployments").asLong());
        // 1. every query answers the same on both sides; 2. warm every query on every side (the
        // service's JIT compiles the paths of all queries before the first one is measured);
        // 3. measure query by query
        var sides = new ArrayList<QuerySides>();
        for (BenchQuery query : QuerySet.all(expected)) {
            if (!config.queries().isEmpty() && !config.queries().contains(query.name().substring(0, 1))) {
                continue;
            }
            LoadRunner.Call graphql = Sides.graphql(http, mapper, query);
            LoadRunner.Call raw = Sides.raw(driver, query);
            JsonNode reference = Sides.data(mapper, query, graphql.call());
            JsonNode rawData = Sides.data(mapper, query, raw.call());
            if (!reference.equals(rawData)) {
                Path g = config.out().resolve("differs-graphql.json");
                Path r = config.out().resolve("differs-raw.json");
                Files.writeString(g, reference.toPrettyString());
                Files.writeString(r, rawData.toPrettyString());
                throw new IllegalStateException(query.name() + ": GraphQL and raw Cypher answer different data; see " + g + " and " + r);
            }
            LoadRunner.Call library = null;
            LoadRunner.Check libraryCheck = null;
            if (withLibrary) {
                library = Sides.library(libraryHttp, mapper, query);
                byte[] answer = library.call();
                JsonNode libraryData = Sides.libraryData(mapper, query, answer);
                if (!reference.equals(libraryData)) {
                    Path g = config.out().resolve("differs-graphql.json");
                    Path l = config.out().resolve("differs-library.json");
                    Path raw0 = config.out().resolve("differs-library-raw.json");
                    Files.writeString(g, reference.toPrettyString());
                    Files.writeString(l, libraryData.toPrettyString());
                    Files.writeString(raw0, mapper.readTree(answer).toPrettyString());
                    throw new IllegalStateException(query.name() + ": GraphQL and the Neo4j GraphQL Library answer different data; see "
                            + g + " and " + l + " (the library's answer as sent: " + raw0 + ")");
                }
                libraryCheck = Sides.libraryCheck(mapper, query, reference);
                log("%s: the Neo4j GraphQL Library answers the same data", query.name());
            }
            if (config.logCypher()) {
                boolean same = Files.readString(config.out().resolve("service.log")).contains(query.compiled().cypher());
                log("%s: CompiledStatements %s the statement the service logged", query.name(), same ? "match" : "DO NOT match");
            }
            if (config.profile()) {
                Files.writeString(config.out().resolve("profile-n" + config.n() + ".md"), Profiles.profile(driver, query),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            sides.add(new QuerySides(query, graphql, raw, Sides.compiled(driver, query), Sides.check(mapper, query, reference),
                    Sides.compiledCheck(mapper, query), library, libraryCheck));
        }
        Duration warmup = config.maxPhase().dividedBy(2);
        for (QuerySides q : sides) {
            runner.run(q.graphql(), q.check(), config.warmup(), warmup);
            runner.run(q.raw(), q.check(), config.warmup(), warmup);
            runner.run(q.compiled(), q.compiledCheck(), config.warmup(), warmup);
            if (withLibrary) {
                libraryRunner.run(q.library(), q.libraryCheck(), config.warmup(), warmup);
            }
        }
        int sideCount = withLibrary ? 4 : 3;
        for (QuerySides q : sides) {
            BenchQuery query = q.query();
            LoadRunner.Call graphql = q.graphql();
            LoadRunner.Call raw = q.raw();
            LoadRunner.Call compiled = q.compiled();
            LoadRunner.Check check = q.check();
            LoadRunner.Check compiledCheck = q.compiledCheck();
            var graphqlParts = new ArrayList<LoadRunner.Measurement>();
            var rawParts = new ArrayList<LoadRunner.Measurement>();
            var compiledParts = new ArrayList<LoadRunner.Measurement>();
            var libraryParts = new ArrayList<LoadRunner.Measurement>();
            int perSlice = Math.max(1, config.requests() / SLICES);
            Duration slice = config.maxPhase().dividedBy(SLICES);
            for (int s = 0; s < SLICES; s++) { // rotate which side goes first
                for (int k = 0; k < sideCount; k++) {
                    switch ((s + k) % sideCount) {
                        case 0 -> graphqlParts.add(runner.run(graphql, check, perSlice, slice));
                        case 1 -> rawParts.add(runner.run(raw, check, perSlice, slice));
                        case 2 -> compiledParts.add(runner.run(compiled, compiledCheck, perSlice, slice));
                        default -> libraryParts.add(libraryRunner.run(q.library(), q.libraryCheck(), perSlice, slice));
                    }
                }
            }
            var row = new Report.Row(query.name(), LoadRunner.Measurement.merge(graphqlParts),
                    LoadRunner.Measurement.merge(rawParts), LoadRunner.Measurement.merge(compiledParts),
                    withLibrary ? LoadRunner.Measurement.merge(libraryParts) : null);
            report.add(row);
            System.out.println(Report.line(row) + "  (" + row.graphql().requests() + " + " + row.raw().requests()
                    + " + " + row.compiled().requests() + (withLibrary ? " + " + row.library().requests() : "") + " requests)");
        }
        return report;
    }

    /** One query's three ways of asking (four with the library, else its call and check are null), and the checks of their answers. */
    private record QuerySides(BenchQuery query, LoadRunner.Call graphql, LoadRunner.Call raw, LoadRunner.Call compiled,
                              LoadRunner.Check check, LoadRunner.Check compiledCheck, LoadRunner.Call library,
                              LoadRunner.Check libraryCheck) {
    }

    private static String summary(BenchConfig c, SyntheticGraph.Rows rows, double loadSeconds, String loadBefore,
                                  String loadAfter, Report report, LibraryServer library) {
        String third = library == null ? "" : String.format(Locale.ROOT, """
                - third side: the Neo4j GraphQL Library on Apollo Server's standalone server (%s); \
                "ours / library p50" is GraphQL p50 over library p50 (below 1: ours is faster); CPU columns count the \
                benchmark JVM, the service and the Node process on every side
                """, library.description());
        return String.format(Locale.ROOT, """
                ### N = %d (%s)

                - graph: %d nodes generated (seed %d), loaded in %.1f s
                - machine: %d cores, %s, Java %s (%s)
                - load average (1, 5, 15 min) before: %s; after: %s
                - %d client threads; %d warm-up requests per query and side, all queries warmed before the first is measured; %d measured requests per query and side (at most %d s measured and half that warming up, per side)
                %s
                %s""",
                c.n(), OffsetDateTime.now().withNano(0), rows.nodeCount(), c.seed(), loadSeconds,
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), loadBefore, loadAfter, c.threads(), c.warmup(), c.requests(),
                c.maxPhase().toSeconds(), third, report.table());
    }

    private static String counts(Driver driver) {
        var r = driver.executableQuery("""
                RETURN COUNT { (:Actor) } AS actors, COUNT { (:State) } AS states, COUNT { (:Agreement) } AS agreements,
                       COUNT { (:Event) } AS events, COUNT { (:Claim) } AS claims, COUNT { ()-[]->() } AS relationships""")
                .execute().records().get(0);
        return r.asMap().toString();
    }

    private static String neo4jVersion(Neo4j neo4j) {
        return neo4j.defaultDatabaseService().executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", java.util.Map.of(),
                result -> result.next().get("v").toString());
    }

    /** CPU time of this JVM (Neo4j, clients) plus the service's, plus the library's Node process's when that side is on. */
    private static long cpuNanos(ServiceUnderTest service, LibraryServer library) {
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).plus(service.cpuTime());
        return (library == null ? cpu : cpu.plus(library.cpuTime())).toNanos();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GiB", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through
        }
        return "unknown memory";
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
